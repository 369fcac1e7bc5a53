package io.newsflow.query.rest;

import java.util.regex.Pattern;

import io.newsflow.common.rest.ProblemException;

/** Article ids are 32 hex characters; anything else is a client error, not a lookup. */
final class Ids {
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");

    private Ids() {
    }

    static void requireArticleId(String id) {
        if (id == null || !ARTICLE_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("'" + id + "' is not an article id (32 lowercase hex characters).");
        }
    }
}
