package io.newsflow.bench.load;

import java.util.List;

/**
 * One upload: its body, how ingest is told what it is, and the source of each article in it, in
 * order (the articles' positions in ingest's answer).
 *
 * @param query the query string of the request, empty or starting with {@code ?}
 */
record UploadRequest(String query, String contentType, byte[] body, List<String> sources) {

    int articles() {
        return sources.size();
    }
}
