package io.newsflow.extract.engine.event;

import io.newsflow.extract.engine.entity.EntityKey;

/**
 * An act a reader outside the verb patterns found in a sentence (an appeal told as "must be", a guest's visit told
 * by "visiting"): the words it spans, who did it and to whom. The extractor turns it into an event as it does a
 * pattern's match.
 */
record ReaderAct(PatternMatch match, EntityKey source, EntityKey target) {
}
