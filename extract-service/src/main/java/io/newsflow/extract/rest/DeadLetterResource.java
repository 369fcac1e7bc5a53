package io.newsflow.extract.rest;

import jakarta.ws.rs.Path;

import io.newsflow.common.kafka.DeadLetterEndpoints;
import io.newsflow.common.kafka.DeadLetterTopic;
import io.smallrye.common.annotation.Blocking;

/** Operators' view of articles.raw.dlq; a re-driven dead letter goes back to articles.raw. */
@Path("/api/dead-letters")
@Blocking
public class DeadLetterResource extends DeadLetterEndpoints {

    DeadLetterResource(DeadLetterTopic deadLetters) {
        super(deadLetters);
    }
}
