package io.newsflow.localstack.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.contract.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./newsflow dlq [[TOPIC] PARTITION OFFSET]}: lists the dead letters of both dead-letter
 * topics of a running pipeline with why each failed and where it came from, or, given a position,
 * re-drives that one to the topic it failed on. A thin client of the {@code /api/dead-letters} of
 * extract-service (articles.raw.dlq) and query-service (news.articles.dlq), which do the Kafka work.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = {"List the dead letters of articles.raw.dlq and news.articles.dlq, or re-drive one:",
                "  dlq PARTITION OFFSET                    articles.raw.dlq to articles.raw",
                "  dlq news.articles.dlq PARTITION OFFSET  news.articles.dlq to news.articles"})
final class DlqCommand implements Callable<Integer> {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TOPICS = List.of(Topics.ARTICLES_RAW_DLQ, Topics.NEWS_ARTICLES_DLQ);

    @Parameters(arity = "0..3", paramLabel = "[TOPIC] PARTITION OFFSET",
            description = "The dead letter to re-drive; TOPIC is articles.raw.dlq (default) or news.articles.dlq.")
    List<String> position = List.of();

    @Option(names = "--url", defaultValue = "http://localhost:8082",
            description = "extract-service, for articles.raw.dlq (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--query-url", defaultValue = "http://localhost:8083",
            description = "query-service, for news.articles.dlq (default: ${DEFAULT-VALUE}).")
    String queryUrl;

    @Option(names = "--limit", defaultValue = "100", description = "Newest dead letters per partition to list (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, String> services = Map.of(Topics.ARTICLES_RAW_DLQ, url, Topics.NEWS_ARTICLES_DLQ, queryUrl);
        if (position.isEmpty()) {
            return list(services);
        }
        if (position.size() == 1 || position.size() == 3 && !TOPICS.contains(position.get(0))) {
            throw new IllegalArgumentException("Give PARTITION and OFFSET, after a topic of " + TOPICS
                    + " for another than " + Topics.ARTICLES_RAW_DLQ + ".");
        }
        String topic = position.size() == 3 ? position.get(0) : Topics.ARTICLES_RAW_DLQ;
        int partition = Integer.parseInt(position.get(position.size() - 2));
        long offset = Long.parseLong(position.get(position.size() - 1));
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(services.get(topic)
                + "/api/dead-letters/" + partition + "/" + offset + "/redrive")).POST(HttpRequest.BodyPublishers.noBody()));
        System.out.println(answer.statusCode() == 202
                ? "Re-driven from " + topic + ": partition " + partition + ", offset " + offset
                : JSON.readTree(answer.body()).path("detail").asText(answer.body()));
        return answer.statusCode() == 202 ? 0 : 1;
    }

    /** Both topics, one table; a service that does not answer is named, and the exit code says so. */
    private int list(Map<String, String> services) throws InterruptedException {
        System.out.printf("%-17s %-9s %-8s %-24s %-34s %s%n", "TOPIC", "PARTITION", "OFFSET", "TIME", "KEY",
                "REASON (ORIGIN)");
        int listed = 0;
        boolean failed = false;
        for (String topic : TOPICS) {
            String service = services.get(topic);
            try {
                HttpResponse<String> answer = send(HttpRequest.newBuilder(
                        URI.create(service + "/api/dead-letters?limit=" + limit)).GET());
                if (answer.statusCode() != 200) {
                    System.err.println(topic + ": " + service + " answered " + answer.statusCode() + ": " + answer.body());
                    failed = true;
                    continue;
                }
                for (JsonNode letter : JSON.readTree(answer.body())) {
                    System.out.printf("%-17s %-9s %-8s %-24s %-34s %s (%s/%s/%s)%n", topic,
                            letter.path("partition").asText(), letter.path("offset").asText(),
                            letter.path("timestamp").asText(), letter.path("key").asText(""),
                            letter.path("reason").asText(), letter.path("originTopic").asText(),
                            letter.path("originPartition").asText(), letter.path("originOffset").asText());
                    listed++;
                }
            } catch (IOException unreachable) {
                System.err.println(topic + ": " + service + " does not answer (" + unreachable + ")");
                failed = true;
            }
        }
        System.out.println(listed + " dead letter(s). Re-drive one with: ./newsflow dlq [TOPIC] PARTITION OFFSET");
        return failed ? 1 : 0;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
