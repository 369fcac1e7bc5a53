package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./newsflow dlq [PARTITION OFFSET]}: lists the dead letters of a running pipeline with why
 * each failed and where it came from, or, given a position, re-drives that one to articles.raw.
 * A thin client of extract-service's {@code /api/dead-letters}, which does the Kafka work.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "List dead letters, or re-drive the one at PARTITION OFFSET to articles.raw.")
final class DlqCommand implements Callable<Integer> {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", arity = "0..1", paramLabel = "PARTITION", description = "Partition of the dead letter to re-drive.")
    Integer partition;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OFFSET", description = "Offset of the dead letter to re-drive.")
    Long offset;

    @Option(names = "--url", defaultValue = "http://localhost:8082", description = "extract-service (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--limit", defaultValue = "100", description = "Newest dead letters per partition to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (partition != null && offset == null) {
            throw new IllegalArgumentException("Give both PARTITION and OFFSET to re-drive a dead letter.");
        }
        if (partition != null) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(
                    URI.create(url + "/api/dead-letters/" + partition + "/" + offset + "/redrive"))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            System.out.println(answer.statusCode() == 202
                    ? "Re-driven to articles.raw: partition " + partition + ", offset " + offset
                    : JSON.readTree(answer.body()).path("detail").asText(answer.body()));
            return answer.statusCode() == 202 ? 0 : 1;
        }
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(url + "/api/dead-letters?limit=" + limit)).GET());
        if (answer.statusCode() != 200) {
            System.err.println(answer.body());
            return 1;
        }
        JsonNode letters = JSON.readTree(answer.body());
        System.out.printf("%-9s %-8s %-24s %-34s %s%n", "PARTITION", "OFFSET", "TIME", "KEY", "REASON (ORIGIN)");
        for (JsonNode letter : letters) {
            System.out.printf("%-9s %-8s %-24s %-34s %s (%s/%s/%s)%n", letter.path("partition").asText(),
                    letter.path("offset").asText(), letter.path("timestamp").asText(), letter.path("key").asText(""),
                    letter.path("reason").asText(), letter.path("originTopic").asText(),
                    letter.path("originPartition").asText(), letter.path("originOffset").asText());
        }
        System.out.println(letters.size() + " dead letter(s). Re-drive one with: ./newsflow dlq PARTITION OFFSET");
        return 0;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
