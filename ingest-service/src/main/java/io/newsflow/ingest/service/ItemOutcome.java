package io.newsflow.ingest.service;

/** What became of one article: accepted, duplicate (of one earlier in this upload) or rejected with why. */
public record ItemOutcome(Position position, String contentType, String id, Status status, IngestProblem problem) {

    public enum Status {
        ACCEPTED, DUPLICATE, REJECTED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
