package io.newsflow.extract.engine.entity;

import java.util.Locale;

import io.newsflow.contract.ArticleIds;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.dictionary.Country;

/** The identity of an entity across articles: kind, canonical name and country (or IGO code). */
public record EntityKey(EntityKind kind, String name, String countryCode) {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** The key of a state the dictionary knows, by its name and ISO code. */
    public static EntityKey ofCountry(Country country) {
        return new EntityKey(EntityKind.COUNTRY, country.name(), country.iso3());
    }

    public String id() {
        return ArticleIds.derivedId("n", kind.name(), SPACES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" "),
                countryCode == null ? "" : countryCode);
    }
}
