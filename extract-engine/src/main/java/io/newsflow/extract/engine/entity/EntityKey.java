package io.newsflow.extract.engine.entity;

import java.util.Locale;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.EntityKind;

/** The identity of an entity across articles: kind, canonical name and country (or IGO code). */
public record EntityKey(EntityKind kind, String name, String countryCode) {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public String id() {
        return ArticleIds.derivedId("n", kind.name(), SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" "),
                countryCode == null ? "" : countryCode);
    }
}
