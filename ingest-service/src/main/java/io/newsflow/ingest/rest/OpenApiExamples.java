package io.newsflow.ingest.rest;

/** Examples shown in the OpenAPI document and Swagger UI. */
final class OpenApiExamples {
    static final String JSON_OBJECT = """
            {"headline": "Ministers meet in Geneva",
             "text": "GENEVA (Reuters) - Foreign ministers met on Monday to discuss the ceasefire.",
             "source": "Reuters", "publishedAt": "2024-03-04T09:30:00Z", "language": "en"}""";
    static final String JSON_ARRAY = """
            [{"headline": "Ministers meet in Geneva", "text": "GENEVA (Reuters) - Ministers met on Monday."},
             {"headline": "Talks resume", "text": "VIENNA (AP) - Talks resumed on Tuesday."}]""";
    static final String NDJSON = """
            {"headline": "Ministers meet in Geneva", "text": "GENEVA (Reuters) - Ministers met on Monday."}
            {"headline": "Talks resume", "text": "VIENNA (AP) - Talks resumed on Tuesday."}
            """;
    static final String WIRE_TEXT = """
            UN Security Council expands sanctions on North Korea
            UN, June 3. /TASS/. The UN Security Council has unanimously passed a resolution.""";
    static final String HTML = """
            <html lang="en"><head><meta property="og:title" content="Ministers meet in Geneva">
            <meta property="article:published_time" content="2024-03-04T09:30:00Z"></head>
            <body><nav>Home | World</nav><article><p>GENEVA (Reuters) - Foreign ministers met on Monday.</p>
            </article><footer>(c) Example News</footer></body></html>""";
    static final String RECEIPT = """
            {"id": "1ed437eb41942f5b37e32d11273054e6", "status": "accepted",
             "location": "http://localhost:8083/api/articles/1ed437eb41942f5b37e32d11273054e6"}""";
    static final String BATCH_RECEIPT = """
            {"accepted": 2, "duplicates": 0, "rejected": 0, "results": [
             {"line": 1, "id": "1ed437eb41942f5b37e32d11273054e6", "status": "accepted",
              "location": "http://localhost:8083/api/articles/1ed437eb41942f5b37e32d11273054e6"},
             {"line": 2, "id": "5b0e29a1f08c4ad4b6f1b0c1b4c7d9e2", "status": "accepted",
              "location": "http://localhost:8083/api/articles/5b0e29a1f08c4ad4b6f1b0c1b4c7d9e2"}]}""";
    static final String MULTI_STATUS = """
            {"accepted": 1, "duplicates": 0, "rejected": 1, "results": [
             {"index": 0, "id": "1ed437eb41942f5b37e32d11273054e6", "status": "accepted",
              "location": "http://localhost:8083/api/articles/1ed437eb41942f5b37e32d11273054e6"},
             {"index": 1, "status": "rejected", "error": "The article has no text."}]}""";
    static final String PROBLEM_400 = """
            {"type": "about:blank", "title": "Bad Request", "status": 400,
             "detail": "The article has no text.", "instance": "/api/articles"}""";

    private OpenApiExamples() {
    }
}
