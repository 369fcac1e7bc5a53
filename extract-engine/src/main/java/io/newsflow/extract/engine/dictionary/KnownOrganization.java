package io.newsflow.extract.engine.dictionary;

import java.util.List;

public record KnownOrganization(String name, List<String> aliases, String type, String countryIso3) {

    /** Whether the organisation is a political party. */
    public boolean party() {
        return "PARTY".equals(type);
    }
}
