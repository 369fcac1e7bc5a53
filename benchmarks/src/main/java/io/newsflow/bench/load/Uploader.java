package io.newsflow.bench.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.WireStory;

/**
 * Sends uploads to ingest, measures them, and hands every accepted article to the pending set. The
 * first failures are printed with their cause: a failed upload is a number in the report, and the
 * number alone cannot tell ingest refusing an article from the client losing an answer.
 */
final class Uploader {
    private static final int FAILURES_PRINTED = 10;
    private static final int ACCEPTED = 202;
    private static final int UNAVAILABLE = 503;
    /** How long one upload is sent again while refused, before it counts as failed. */
    private static final Duration REFUSED_FOR = Duration.ofMinutes(5);
    private final AtomicInteger printedFailures = new AtomicInteger();

    private final IngestConnections ingest;
    private final String uploadPath;
    private final String apiKey;
    private final Measurements measurements;
    private final PendingArticles pending;

    /** {@code basePath}: the path of ingest's URL, empty unless ingest is served under a prefix. */
    Uploader(IngestConnections ingest, String basePath, String apiKey, Measurements measurements,
            PendingArticles pending) {
        this.ingest = ingest;
        this.uploadPath = (basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath)
                + "/api/articles";
        this.apiKey = apiKey;
        this.measurements = measurements;
        this.pending = pending;
    }

    /**
     * Sends the upload; while ingest refuses it with 503 and a Retry-After (its admission control: the pipeline is
     * catching up), sends it again after that many seconds, as a client should, for at most {@link #REFUSED_FOR}.
     * The returned future completes with the last answer, so a connection waiting to resend offers nothing else.
     */
    CompletableFuture<Void> send(UploadRequest upload) {
        return send(upload, System.nanoTime());
    }

    private CompletableFuture<Void> send(UploadRequest upload, long firstSent) {
        long sent = System.nanoTime();
        return ingest.post(uploadPath + upload.query(), upload.contentType(), apiKey, upload.body())
                .handle((response, failure) -> {
                    if (failure == null && response.status() == UNAVAILABLE && response.retryAfter() != null
                            && System.nanoTime() - firstSent < REFUSED_FOR.toNanos()) {
                        measurements.uploadRefused();
                        Executor later = CompletableFuture.delayedExecutor(retryAfterSeconds(response.retryAfter()),
                                TimeUnit.SECONDS);
                        return CompletableFuture.runAsync(() -> { }, later)
                                .thenCompose(ignored -> send(upload, firstSent));
                    }
                    answered(upload, sent, response, failure);
                    return CompletableFuture.<Void>completedFuture(null);
                })
                .thenCompose(Function.identity());
    }

    private void answered(UploadRequest upload, long sent, IngestConnections.Answer response, Throwable failure) {
        long now = System.nanoTime();
        if (failure != null) {
            printFailure("no answer: " + failure);
            measurements.uploadFailed(upload.articles());
            return;
        }
        UploadAnswer answer = UploadAnswer.read(response.status(), response.body(), upload.articles());
        if (answer.accepted().isEmpty() && response.status() == ACCEPTED && upload.articles() == 1
                && upload.contentType().startsWith("text/plain")) {
            // Ingest accepted the story (202) but its receipt did not reach us whole (seen about once in
            // 7,000 uploads with this client, never with another): the id is the story's content hash,
            // which ingest computes from the same text, so the article is followed all the same.
            answer = new UploadAnswer(List.of(new UploadAnswer.Accepted(idOfPlainText(upload.body()), 0)), 0);
            printFailure("HTTP 202 without a readable receipt; the article is followed by its content id");
        }
        if (answer.accepted().isEmpty()) {
            printFailure("HTTP " + response.status() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8).lines().findFirst().orElse(""));
            measurements.uploadFailed(upload.articles());
            return;
        }
        answer.accepted().forEach(article ->
                pending.accepted(article.id(), upload.sources().get(article.position()), now));
        measurements.uploadAnswered(TimeUnit.NANOSECONDS.toMicros(now - sent), upload.body().length,
                answer.accepted().size(), answer.notAccepted());
    }

    private static long retryAfterSeconds(String retryAfter) {
        try {
            return Math.max(1, Long.parseLong(retryAfter.strip()));
        } catch (NumberFormatException httpDate) {
            return 1;
        }
    }

    /** The id ingest gives a text/plain story: the content hash of its headline and text (contract's ArticleIds). */
    static String idOfPlainText(byte[] body) {
        WireStory story = WireStory.parse(new String(body, StandardCharsets.UTF_8));
        return ArticleIds.articleId(story.headline(), story.body());
    }

    private void printFailure(String what) {
        if (printedFailures.incrementAndGet() <= FAILURES_PRINTED) {
            System.err.println("Upload failed, " + what);
        }
    }
}
