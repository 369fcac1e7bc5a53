package io.newsflow.ingest.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;

import io.newsflow.common.rest.Problem;

/** The answers every upload form shares, described once for OpenAPI. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@APIResponses({
    @APIResponse(responseCode = "202", description = "Every article stored in Kafka (or a duplicate of one)",
            content = @Content(mediaType = "application/json", examples = {
                @ExampleObject(name = "one article", value = OpenApiExamples.RECEIPT),
                @ExampleObject(name = "a batch", value = OpenApiExamples.BATCH_RECEIPT)})),
    @APIResponse(responseCode = "207", description = "A batch of which some articles were rejected",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BatchReceipt.class),
                    examples = @ExampleObject(name = "some rejected", value = OpenApiExamples.MULTI_STATUS))),
    @APIResponse(responseCode = "400", description = "Malformed JSON, no headline or text, text empty after "
            + "extraction, unparseable date; for a batch: none of its articles was accepted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no text",
                    value = OpenApiExamples.PROBLEM_400))),
    @APIResponse(responseCode = "401", description = "No API key, or a wrong one",
            headers = @Header(name = "WWW-Authenticate"), content = @Content(mediaType = Problem.MEDIA_TYPE)),
    @APIResponse(responseCode = "413", description = "An article over the per-article limit, or a request over "
            + "the request limit", content = @Content(mediaType = Problem.MEDIA_TYPE)),
    @APIResponse(responseCode = "415", description = "Unsupported Content-Type or charset",
            content = @Content(mediaType = Problem.MEDIA_TYPE)),
    @APIResponse(responseCode = "503", description = "Kafka did not acknowledge in time, or the pipeline's "
            + "backlog is full (admission control: the request was not read); nothing was accepted. "
            + "Retry after Retry-After seconds", headers = @Header(name = "Retry-After"),
            content = @Content(mediaType = Problem.MEDIA_TYPE))
})
@interface UploadResponses {
}
