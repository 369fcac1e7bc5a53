package io.newsflow.examples.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractFixtures;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.EventRetraction;
import io.newsflow.contract.NewsEvent;
import io.newsflow.localstack.infra.EmbeddedKafka;

/**
 * The sample against a real broker, with news.events written as extract-service writes it: in
 * transactions, an event delivered twice, an aborted transaction, and a retraction.
 */
class EventsConsumerTest {
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = new EmbeddedKafka(null, 0).start();
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void countsEachCommittedEventOnceAndForgetsTheRetractedOnes() {
        NewsEvent.Actor russia = ContractFixtures.actor(EntityKind.COUNTRY, "Russia", "RUS");
        NewsEvent.Actor china = ContractFixtures.actor(EntityKind.COUNTRY, "China", "CHN");
        // One article, so one key and one partition: the records keep the order they were written in.
        AnalysedArticle analysis = ContractFixtures.article("Sample " + UUID.randomUUID())
                .event("163", russia, null, "2017-06", DatePrecision.MONTH, null, "Russia imposed sanctions.")
                .event("042", russia, null, "2017-06", DatePrecision.MONTH, null, "Russia visited.")
                .event("190", russia, null, "2017-06", DatePrecision.MONTH, null, "Russia fought.")
                .event("163", china, null, "2017-06", DatePrecision.MONTH, null, "China imposed sanctions.")
                .build();
        NewsEvent sanction = analysis.events().get(0);
        NewsEvent visit = analysis.events().get(1);
        NewsEvent neverCommitted = analysis.events().get(2);
        NewsEvent chineseSanction = analysis.events().get(3);

        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(event(sanction));
            producer.send(event(visit));
            producer.send(event(sanction));
            producer.commitTransaction();

            producer.beginTransaction();
            producer.send(event(neverCommitted));
            producer.flush();
            producer.abortTransaction();

            producer.beginTransaction();
            producer.send(retraction(EventRetraction.reanalysed(visit.eventId(), analysis)));
            producer.send(event(chineseSanction));
            producer.commitTransaction();
        }

        try (EventsConsumer consumer = new EventsConsumer(kafka.bootstrapServers(), "sample-" + UUID.randomUUID())) {
            // Once the last record is applied, everything before it (the aborted event included) was seen or skipped.
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll();
                return consumer.counts().eventIds().contains(chineseSanction.eventId());
            });
            EventCounts counts = consumer.counts();
            assertThat(counts.eventIds()).isEqualTo(Set.of(sanction.eventId(), chineseSanction.eventId()));
            assertThat(counts.bySourceCountry()).isEqualTo(Map.of("RUS", 1, "CHN", 1));
            assertThat(counts.byCameoRoot()).isEqualTo(Map.of("16", 2));
            assertThat(counts.retractionsApplied()).isEqualTo(1);
        }
    }

    private KafkaProducer<String, String> transactionalProducer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "sample-test-" + UUID.randomUUID()),
                new StringSerializer(), new StringSerializer());
    }

    private static ProducerRecord<String, String> event(NewsEvent event) {
        return new ProducerRecord<>(EventsConsumer.TOPIC, event.articleId(), ContractJson.write(event));
    }

    private static ProducerRecord<String, String> retraction(EventRetraction retraction) {
        ProducerRecord<String, String> record = new ProducerRecord<>(EventsConsumer.TOPIC, retraction.articleId(),
                ContractJson.write(retraction));
        record.headers().add("ce_type", EventRetraction.CE_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
