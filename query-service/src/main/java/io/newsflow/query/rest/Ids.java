package io.newsflow.query.rest;

import java.util.regex.Pattern;

import io.newsflow.common.rest.ProblemException;

/** Ids have a shape; anything else is a client error, not a lookup. */
final class Ids {
    private static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern EVENT_ID = Pattern.compile("[a-z0-9]{1,40}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private Ids() {
    }

    static String requireArticleId(String id) {
        return require(id, ARTICLE_ID, "an article id (32 lowercase hex characters)");
    }

    static String requireEventId(String id) {
        return require(id, EVENT_ID, "an event id (up to 40 lowercase letters and digits)");
    }

    static String requireEntityId(String id) {
        return require(id, ENTITY_ID, "an entity id (up to 64 letters, digits, '_', '.', ':' or '-')");
    }

    private static String require(String id, Pattern shape, String what) {
        if (id == null || !shape.matcher(id).matches()) {
            throw ProblemException.badRequest("'" + id + "' is not " + what + ".");
        }
        return id;
    }
}
