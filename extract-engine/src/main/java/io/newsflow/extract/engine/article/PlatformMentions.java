package io.newsflow.extract.engine.article;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.nlp.Token;

/**
 * A social network named only as the medium of a post ("wrote on Telegram", "in a Facebook post", "her Telegram
 * channel"): where something was said, not a company the story tells of, so no organisation of it; one that acts
 * or speaks ("Facebook removed the page") stays.
 */
public final class PlatformMentions {
    private static final Set<String> PLATFORMS = Set.copyOf(Dictionaries.readWords("platforms.txt"));
    /** "on", "via", "to", "in": the prepositions that make the name the place of a post. */
    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("on", "via", "to", "in");
    /** "his", "official": the words that may stand between the preposition and the name ("on his official"). */
    private static final Set<String> OWNER_WORDS = Set.of("his", "her", "its", "their", "the", "a", "an", "official",
            "own");
    private static final Pattern MEDIUM_BEFORE = Pattern.compile("(?i)\\b(?:" + String.join("|", MEDIUM_PREPOSITIONS)
            + ")(?:\\s+(?:" + String.join("|", OWNER_WORDS) + "))*\\s+$");
    /** "post", "page", "channel": the words after the name that make it the medium of what they hold. */
    private static final Pattern MEDIUM_AFTER = Pattern.compile(
            "(?i)^\\s*(?:posts?|posting|page|pages|account|accounts|channel|channels|video|videos|message|messages|"
                    + "live|livestream|statement|handle|feed|thread)\\b");
    private static final int BEFORE_REACH = 30;
    private static final int AFTER_REACH = 15;

    private PlatformMentions() {
    }

    /**
     * The entities without the platforms the text names only as the medium of a post, unless a quote or event
     * refers to one.
     */
    public static List<AnalysedArticle.Entity> without(List<AnalysedArticle.Entity> entities, String text,
            List<AnalysedArticle.Quote> quotes, List<NewsEvent> events) {
        Set<String> referred = ReferredEntities.ids(quotes, events);
        return entities.stream().filter(e -> referred.contains(e.id()) || !onlyMedium(e, text)).toList();
    }

    /**
     * Whether the name starting at token {@code first} is named as where something was said: "on Twitter", "on his
     * official Telegram channel", "via WhatsApp".
     */
    public static boolean mediumBefore(List<Token> tokens, int first) {
        int k = first - 1;
        while (k >= 0 && OWNER_WORDS.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && MEDIUM_PREPOSITIONS.contains(tokens.get(k).lower());
    }

    /** Whether an organisation's name is a social network's ("Twitter", "Telegram"). */
    public static boolean isPlatform(String name) {
        return name != null && PLATFORMS.contains(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean onlyMedium(AnalysedArticle.Entity e, String text) {
        if (e.kind() != EntityKind.ORGANIZATION || !isPlatform(e.name())
                || e.mentions().isEmpty()) {
            return false;
        }
        for (AnalysedArticle.Mention m : e.mentions()) {
            String before = text.substring(Math.max(0, m.start() - BEFORE_REACH), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + AFTER_REACH));
            if (!MEDIUM_BEFORE.matcher(before).find() && !MEDIUM_AFTER.matcher(after).find()) {
                return false;
            }
        }
        return true;
    }
}
