package io.newsflow.extract.engine.entity;

import java.util.Locale;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.EntityKind;

/** The identity of an entity across articles: kind, canonical name and country (or IGO code). */
public record EntityKey(EntityKind kind, String name, String countryCode) {

    public String id() {
        return ArticleIds.derivedId("n", kind.name(), name.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                countryCode == null ? "" : countryCode);
    }
}
