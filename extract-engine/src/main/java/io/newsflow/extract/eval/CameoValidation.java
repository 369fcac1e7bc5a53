package io.newsflow.extract.eval;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.NewsEvent.Actor;
import io.newsflow.contract.RawArticle;
import io.newsflow.extract.cli.ArticleFiles;
import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.eval.CameoValidationSet.Coding;
import io.newsflow.extract.eval.CameoValidationSet.Sentence;

/**
 * Scores the engine on a CAMEO coder's validation sentences the way such sets are compared across coders: an event
 * matches a hand-coded one when the CAMEO root, the source's country and the target's country agree. Each sentence is
 * read as an article of its own, dated by the record.
 */
public final class CameoValidation {
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    /** Event counts, and how many of the sentences that hold no event got one anyway. */
    public record Result(FieldScore events, int sentences, int eventlessSentences, int eventlessSentencesCoded) {
    }

    private CameoValidation() {
    }

    public static Result run(ExtractionEngine engine, List<Sentence> sentences, BiConsumer<Sentence, String> misses) {
        FieldScore events = FieldScore.ZERO;
        int eventless = 0;
        int eventlessCoded = 0;
        for (Sentence sentence : sentences) {
            List<NewsEvent> coded = engine.analyse(article(sentence)).events();
            events = events.plus(compare(sentence, coded, misses));
            if (sentence.codings().isEmpty()) {
                eventless++;
                eventlessCoded += coded.isEmpty() ? 0 : 1;
            }
        }
        return new Result(events, sentences.size(), eventless, eventlessCoded);
    }

    private static RawArticle article(Sentence sentence) {
        return ArticleFiles.article("", null, sentence.text(),
                sentence.date() == null ? null : sentence.date().atStartOfDay().toInstant(ZoneOffset.UTC), null, null,
                "text/plain");
    }

    /** Pairs each hand-coded event with at most one coded event; each coded event counts once. */
    static FieldScore compare(Sentence sentence, List<NewsEvent> coded, BiConsumer<Sentence, String> misses) {
        List<NewsEvent> unmatched = new ArrayList<>(coded);
        int matched = 0;
        for (Coding gold : sentence.codings()) {
            NewsEvent hit = unmatched.stream().filter(e -> matches(gold, e)).findFirst().orElse(null);
            if (hit == null) {
                misses.accept(sentence, "missed " + gold.eventCode() + " " + gold.sourceCode() + " -> " + gold.targetCode());
            } else {
                unmatched.remove(hit);
                matched++;
            }
        }
        unmatched.forEach(e -> misses.accept(sentence, "not in gold " + e.cameo().code() + " " + describe(e.source())
                + " -> " + describe(e.target())));
        return new FieldScore(matched, coded.size(), sentence.codings().size());
    }

    static boolean matches(Coding gold, NewsEvent event) {
        return event.cameo().root().equals(gold.root()) && sameActor(gold.sourceCode(), event.source())
                && sameActor(gold.targetCode(), event.target());
    }

    /**
     * Whether the engine's actor is the one a CAMEO actor code names, at the level these sets are scored: a country
     * code ({@code USAGOV}) needs that country, the UN and the EU ({@code IGOUNO…}, {@code IGOEUR…}) need that
     * organisation, and a code without a country ({@code ---REB}, {@code IMGMUSISI}) needs only some actor.
     */
    static boolean sameActor(String goldCode, Actor actor) {
        if (goldCode == null || goldCode.isBlank()) {
            return true;
        }
        if (actor == null) {
            return false;
        }
        String code = actor.countryCode() == null ? "" : actor.countryCode();
        String country = goldCode.length() >= 3 ? goldCode.substring(0, 3) : goldCode;
        if (country.equals("IGO") && goldCode.length() >= 6) {
            String organisation = goldCode.substring(3, 6);
            return switch (organisation) {
                case "UNO" -> code.startsWith("UN");
                case "EUR" -> code.equals("EU");
                default -> true;
            };
        }
        return !COUNTRIES.contains(country) || country.equals(code);
    }

    private static String describe(Actor actor) {
        return actor == null ? "-" : actor.name() + " (" + actor.countryCode() + ")";
    }
}
