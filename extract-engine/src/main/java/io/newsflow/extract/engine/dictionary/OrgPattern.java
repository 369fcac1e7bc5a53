package io.newsflow.extract.engine.dictionary;

import java.util.List;

/** A head noun such as "Foreign Ministry" that names a different organisation for each country it is combined with. */
public record OrgPattern(String headNoun, String canonicalForm, List<String> aliases) {

    /** "Russian Foreign Ministry" from the canonical form "{country} Foreign Ministry". */
    public String nameFor(String countryAdjective) {
        return canonicalForm.replace("{country}", countryAdjective).strip();
    }
}
