package io.newsflow.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.Topics;
import io.newsflow.examples.events.EventCounts;
import io.newsflow.examples.events.EventsConsumer;
import io.newsflow.localstack.launcher.Pipeline;
import io.newsflow.localstack.launcher.ServiceProcess;

/**
 * The consumer to copy ({@code examples/events-consumer}) against the packaged pipeline: it holds
 * every event query-service stored, each once, though an article's events come twice (it is
 * analysed again), and it applies the retraction of the event the re-analysis no longer finds.
 * <p>
 * The re-analysis needs an analysis by another extractor version, and the packaged services have one
 * version: the test writes what an older extractor would have left, as it would have left it (its
 * articles.seen record, with the event ids of its analysis, one of them an event the current
 * dictionaries do not find, and that event on news.events), and restarts extract-service, which
 * reads articles.seen back as after an upgrade. The article uploaded again is then analysed again.
 */
class EventsConsumerSampleIT {
    private static final Duration DEADLINE = Duration.ofMinutes(2);
    private static final String OLDER_EXTRACTOR = "0.0.1+older";

    @RegisterExtension
    static final RunningPipeline running = new RunningPipeline("events-consumer");

    @Test
    void theSampleConsumerSeesEachEventOnceAndEveryRetraction() throws Exception {
        Uploads uploads = new Uploads(running);
        String reanalysedStory = sample("tass-2018-06-15-sanctions-modification.txt");
        String reanalysed = uploads.text(reanalysedStory, "TASS");
        String other = uploads.text(sample("tass-2017-06-03-unsc-sanctions.txt"), "TASS");
        uploads.awaitQueryable(List.of(reanalysed, other));
        List<NewsEvent> found = storedEvents(reanalysed);
        assertThat(found).isNotEmpty();

        NewsEvent noLongerFound = olderAnalysisLeftBehind(reanalysed, found);
        ServiceProcess extract = running.pipeline.service(Pipeline.EXTRACT);
        extract.stop();
        extract.start().awaitReady(DEADLINE);
        uploads.text(reanalysedStory, "TASS");

        try (EventsConsumer consumer = new EventsConsumer(running.kafkaBootstrapServers(), "sample-" + UUID.randomUUID())) {
            Set<String> stored = new HashSet<>();
            await().atMost(DEADLINE).until(() -> {
                consumer.poll();
                stored.clear();
                stored.addAll(ids(storedEvents(reanalysed)));
                stored.addAll(ids(storedEvents(other)));
                return consumer.counts().retractionsApplied() == 1 && consumer.counts().eventIds().equals(stored);
            });
            EventCounts counts = consumer.counts();
            assertThat(counts.eventIds()).doesNotContain(noLongerFound.eventId()).containsAll(ids(found));
            List<NewsEvent> all = new ArrayList<>(storedEvents(reanalysed));
            all.addAll(storedEvents(other));
            assertThat(counts.byCameoRoot()).isEqualTo(countBy(all, event -> event.cameo().root()));
            assertThat(counts.bySourceCountry()).isEqualTo(countBy(all,
                    event -> event.source().countryCode() == null ? "unknown" : event.source().countryCode()));
        }
    }

    /**
     * What an older extractor's analysis of the article left on the topics: the events found now
     * and one more, on news.events, and its seen-record naming them all. Written on every partition
     * of articles.seen: only the raw record's partition is ever asked about the article.
     */
    private static NewsEvent olderAnalysisLeftBehind(String articleId, List<NewsEvent> found) throws Exception {
        NewsEvent model = found.get(0);
        NewsEvent dropped = new NewsEvent(model.schemaVersion(), "e" + UUID.randomUUID().toString().replace("-", "")
                .substring(1), articleId, model.cameo(), model.source(), model.target(), model.actionText(),
                model.negated(), model.date(), model.datePrecision(), model.location(), model.sentence(),
                model.sentenceIndex(), model.start(), model.end(), model.confidence(), model.headline(), model.url(),
                model.articleSource());
        StringBuilder seenValue = new StringBuilder(OLDER_EXTRACTOR);
        found.forEach(event -> seenValue.append('\n').append(event.eventId()));
        seenValue.append('\n').append(dropped.eventId());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, running.kafkaBootstrapServers()), new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(Topics.NEWS_EVENTS, articleId, ContractJson.write(dropped))).get();
            int partitions = producer.partitionsFor(Topics.ARTICLES_SEEN).size();
            for (int partition = 0; partition < partitions; partition++) {
                producer.send(new ProducerRecord<>(Topics.ARTICLES_SEEN, partition, articleId, seenValue.toString()))
                        .get();
            }
        }
        return dropped;
    }

    private static List<NewsEvent> storedEvents(String articleId) throws Exception {
        String page = given().baseUri(running.queryUrl()).queryParam("articleId", articleId).queryParam("size", 200)
                .get("/api/events").then().statusCode(200).extract().asString();
        List<NewsEvent> events = new ArrayList<>();
        for (var item : ContractJson.mapper().readTree(page).path("items")) {
            events.add(ContractJson.mapper().treeToValue(item, NewsEvent.class));
        }
        return events;
    }

    private static Set<String> ids(List<NewsEvent> events) {
        return events.stream().map(NewsEvent::eventId).collect(Collectors.toSet());
    }

    private static Map<String, Integer> countBy(List<NewsEvent> events,
            java.util.function.Function<NewsEvent, String> key) {
        Map<String, Integer> counts = new HashMap<>();
        events.forEach(event -> counts.merge(key.apply(event), 1, Integer::sum));
        return counts;
    }

    private static String sample(String file) throws Exception {
        return Files.readString(RunningPipeline.repository().resolve("samples").resolve(file), StandardCharsets.UTF_8);
    }
}
