package io.newsflow.extract.engine.quote;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;

/**
 * The name a quote gives its speaker: a person's full name, a country's name, a description as written, and a body
 * as the story writes it near the quote. A body's entity may carry a normalised name ("South Korean General Staff"
 * for "the Joint Chiefs of Staff (JCS)"), and a reader knows the speaker by the name the story printed; the entity
 * id still links the quote to the body.
 */
public final class SpeakerNames {
    /** How far (in characters) from the quote the name of its body may stand. */
    private static final int NEAR = 400;

    private SpeakerNames() {
    }

    public static AnalysedArticle.Speaker of(FoundQuote quote, EntityTable table, String text) {
        if (quote.speaker() == null) {
            return quote.describedSpeaker() == null ? null
                    : new AnalysedArticle.Speaker(quote.describedSpeaker(), null); // described, not named
        }
        EntityKey key = table.finalKey(quote.speaker());
        if (table.profile(quote.speaker()) != null) {
            return new AnalysedArticle.Speaker(table.profile(quote.speaker()).name(), key.id());
        }
        String printed = key.kind() == EntityKind.ORGANIZATION ? printedNear(quote, key, table, text) : null;
        return new AnalysedArticle.Speaker(printed != null ? printed : key.name(), key.id());
    }

    /**
     * The body's fullest name as printed near the quote ("Joint Chiefs of Staff" over its "JCS"), without its article,
     * or anywhere in the story when only its acronym is near; null when none is near.
     */
    private static String printedNear(FoundQuote quote, EntityKey key, EntityTable table, String text) {
        String near = fullestPrinted(quote, key, table, text, NEAR);
        // "an ACB spokesperson said": an acronym near the quote stands for the name the story spelled out before
        return near == null || near.matches("\\p{Lu}{2,8}") ? fullestPrinted(quote, key, table, text, text.length()) : near;
    }

    private static String fullestPrinted(FoundQuote quote, EntityKey key, EntityTable table, String text, int reach) {
        String fullest = null;
        for (FoundMention m : table.mentions()) {
            if (m.key() == null || m.how() == FoundMention.How.PRONOUN || m.how() == FoundMention.How.ROLE_NOUN
                    || !table.finalKey(m.key()).equals(key)) {
                continue;
            }
            int distance = m.end() <= quote.start() ? quote.start() - m.end()
                    : m.start() >= quote.end() ? m.start() - quote.end() : 0;
            String name = text.substring(m.start(), m.end());
            name = name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
            if (name.contains("'s ") || name.contains("\u2019s ")) {
                continue; // "France's foreign ministry" is the entity's "French Foreign Ministry" said otherwise
            }
            if (distance <= reach && (fullest == null || name.length() > fullest.length())) {
                fullest = name;
            }
        }
        return fullest;
    }
}
