package io.newsflow.ingest.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.newsflow.common.rest.ProblemException;
import io.newsflow.contract.RawArticle;
import io.newsflow.ingest.messaging.RawArticlePublisher;
import io.smallrye.mutiny.Uni;

/** Normalises an upload and publishes it; fails with 503 when Kafka does not acknowledge in time. */
@ApplicationScoped
public class UploadService {
    private static final Logger LOG = Logger.getLogger(UploadService.class);
    /** Beyond the producer's delivery timeout, so the producer's own error arrives first. */
    private static final Duration ACK_DEADLINE = Duration.ofSeconds(15);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final ArticleNormaliser normaliser;
    private final RawArticlePublisher publisher;

    UploadService(ArticleNormaliser normaliser, RawArticlePublisher publisher) {
        this.normaliser = normaliser;
        this.publisher = publisher;
    }

    public Uni<RawArticle> upload(ArticleFields fields, String contentType) {
        RawArticle article = normaliser.normalise(fields, contentType);
        return publisher.publish(article)
                .ifNoItem().after(ACK_DEADLINE).fail()
                .onFailure().transform(failure -> kafkaUnavailable(article, failure))
                .replaceWith(article);
    }

    private static ProblemException kafkaUnavailable(RawArticle article, Throwable failure) {
        LOG.warnf("Article %s was not acknowledged by Kafka: %s", article.id(), failure.toString());
        return new ProblemException(Response.Status.SERVICE_UNAVAILABLE,
                "The article could not be stored in Kafka right now; nothing was accepted. Retry later.", null,
                RETRY_AFTER_SECONDS);
    }
}
