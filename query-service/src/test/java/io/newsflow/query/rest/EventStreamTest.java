package io.newsflow.query.rest;

import static io.newsflow.query.QueryTestSupport.DEADLINE;
import static io.newsflow.query.QueryTestSupport.publish;
import static io.newsflow.query.QueryTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.test.NewsflowTestResource;
import io.newsflow.query.QueryTestSupport;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = NewsflowTestResource.class, scope = TestResourceScope.GLOBAL)
class EventStreamTest {
    @TestHTTPResource("/api/events/stream")
    URL stream;

    @Test
    void newlyStoredEventsMatchingTheFiltersArriveAsServerSentEvents() throws Exception {
        NewsEvent.Actor watched = ContractFixtures.actor(EntityKind.PERSON, unique("Streamer "), "RUS");
        NewsEvent.Actor other = ContractFixtures.actor(EntityKind.PERSON, unique("Other "), "RUS");
        AnalysedArticle article = ContractFixtures.article(unique("Live "))
                .event("042", watched, null, "2017-06-03", DatePrecision.DAY, null, "He visited.")
                .event("163", watched, null, "2017-06-03", DatePrecision.DAY, null, "He sanctioned.")
                .event("043", other, null, "2017-06-03", DatePrecision.DAY, null, "Another hosted.")
                .event("040", other, watched, "2017-06-04", DatePrecision.DAY, null, "They consulted him.")
                .build();
        List<String> data = new CopyOnWriteArrayList<>();
        URI uri = URI.create(stream + "?cameo=04&actor=" + URLEncoder.encode(watched.name(), StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<Stream<String>> response = client.sendAsync(HttpRequest.newBuilder(uri)
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .get(DEADLINE.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = new Thread(() -> {
            try {
                response.body().filter(line -> line.startsWith("data:"))
                        .forEach(line -> data.add(line.substring("data:".length()).strip()));
            } catch (java.io.UncheckedIOException closedByTheTest) {
                // the test closes the stream when it is done
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            // As extract writes them: each event on news.events too (for other systems; not read here).
            article.events().forEach(QueryTestSupport::publish);
            publish(article);
            QueryTestSupport.awaitArticle(article.articleId(), article.extractor().version());

            // Each matching event once, announced by its article's write.
            await().atMost(DEADLINE).during(Duration.ofSeconds(2)).until(() -> data.size() == 2);
            List<String> received = data.stream().map(json -> read(json).eventId()).toList();
            assertThat(received).containsExactly(article.events().get(0).eventId(), article.events().get(3).eventId());
        } finally {
            response.body().close();
        }
    }

    private static NewsEvent read(String json) {
        try {
            return ContractJson.read(json, NewsEvent.class);
        } catch (Exception e) {
            throw new AssertionError("Not a NewsEvent: " + json, e);
        }
    }
}
