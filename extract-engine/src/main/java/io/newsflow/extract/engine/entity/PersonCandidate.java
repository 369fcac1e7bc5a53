package io.newsflow.extract.engine.entity;

/** A person name found in a sentence (tokens [first, last]) with what its surroundings say about it. */
record PersonCandidate(int phraseFirst, int first, int last, String name, String role, String countryCode,
        String gender) {
}
