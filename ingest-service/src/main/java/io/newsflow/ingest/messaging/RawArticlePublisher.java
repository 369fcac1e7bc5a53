package io.newsflow.ingest.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.newsflow.contract.ContractJson;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.cloudevents.CloudEventHeaders;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes raw articles keyed by id, with their CloudEvents headers; the returned Uni completes only when Kafka acknowledged the record.
 * Batches send at most a window of records before awaiting their acks, so the buffer holds a few
 * concurrent windows; if it is full anyway the send fails and the article is reported as not stored.
 */
@ApplicationScoped
public class RawArticlePublisher {

    @Inject
    @Channel("raw-articles-out")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
    MutinyEmitter<byte[]> emitter;

    public Uni<Void> publish(RawArticle article) {
        // The JSON's bytes as the value: a String would be encoded again by the serializer (a copy per article).
        Message<byte[]> message = Message.of(ContractJson.writeBytes(article))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(article.id())
                        .withHeaders(CloudEventHeaders.headers(new CloudEventHeaders.Attributes(
                                CloudEventHeaders.INGEST_SOURCE, CloudEventHeaders.ARTICLE_RAW, article.id(),
                                article.id(), article.receivedAt(), article.schemaVersion(), null)))
                        .build());
        return emitter.sendMessage(message);
    }
}
