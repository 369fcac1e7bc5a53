package io.newsflow.extract.engine.event;

import java.util.List;
import java.util.Set;

import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.extract.engine.dictionary.Dictionaries;
import io.newsflow.extract.engine.nlp.Token;

/**
 * A sentence told in sport ({@code sports-words.txt}): "Germany hit Italy with two late goals", "France hosted
 * England in the Six Nations match". Its countries are teams, so a country acting there codes no event.
 */
public final class SportsContext {
    private static final Set<String> WORDS = Dictionaries.readWords("sports-words.txt");

    private SportsContext() {
    }

    /** How many words of sport make a story a sports story: a match report uses them throughout. */
    private static final int STORY_WORDS = 3;
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}-]+");

    /**
     * The events without meetings of two countries in a sports story: "The Green Falcons face Poland on Saturday,
     * when Argentina meet Mexico" is a fixture, told in a sentence without a word of sport.
     */
    public static List<NewsEvent> withoutFixtures(String text, List<NewsEvent> events) {
        boolean fixtureOf = events.stream().anyMatch(SportsContext::betweenCountries);
        return fixtureOf && sportsStory(text) ? events.stream().filter(e -> !betweenCountries(e)).toList() : events;
    }

    /**
     * The events without what one player does to another in a sports story: "I want to congratulate Ons," the champion
     * said; players and coaches hold no title, and neither end of such an act is a political actor.
     */
    public static List<NewsEvent> withoutPlayersActs(String text, List<NewsEvent> events) {
        boolean playerAct = events.stream().anyMatch(SportsContext::betweenUntitledPersons);
        return playerAct && sportsStory(text) ? events.stream().filter(e -> !betweenUntitledPersons(e)).toList()
                : events;
    }

    private static boolean betweenUntitledPersons(NewsEvent e) {
        return e.source().kind() == EntityKind.PERSON && e.source().role() == null && e.target() != null
                && e.target().kind() == EntityKind.PERSON && e.target().role() == null;
    }

    private static boolean betweenCountries(NewsEvent e) {
        return e.cameo().root().equals("04") && e.source().kind() == EntityKind.COUNTRY && e.target() != null
                && e.target().kind() == EntityKind.COUNTRY;
    }

    private static boolean sportsStory(String text) {
        java.util.regex.Matcher m = WORD.matcher(text.toLowerCase(java.util.Locale.ROOT));
        int count = 0;
        while (m.find() && count < STORY_WORDS) {
            count += WORDS.contains(m.group()) ? 1 : 0;
        }
        return count >= STORY_WORDS;
    }

    /** Whether the sentence holds a word only sport uses. */
    static boolean in(List<Token> tokens) {
        for (Token t : tokens) {
            if (WORDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
