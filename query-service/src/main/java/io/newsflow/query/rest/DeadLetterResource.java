package io.newsflow.query.rest;

import jakarta.ws.rs.Path;

import io.newsflow.common.kafka.DeadLetterEndpoints;
import io.newsflow.common.kafka.DeadLetterTopic;
import io.smallrye.common.annotation.Blocking;

/** Operators' view of news.articles.dlq; a re-driven dead letter goes back to news.articles. */
@Path("/api/dead-letters")
@Blocking
public class DeadLetterResource extends DeadLetterEndpoints {

    DeadLetterResource(DeadLetterTopic deadLetters) {
        super(deadLetters);
    }
}
