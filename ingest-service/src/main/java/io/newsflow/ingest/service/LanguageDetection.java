package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects an article's language with OpenNLP's language-detection model (103 languages, from
 * Maven Central), scored by {@link NgramLanguageScorer}, and answers ISO 639-1 codes, as the
 * contract wants. Loaded at startup: the model takes a second to read, which no upload should wait for.
 */
@Startup
@ApplicationScoped
public class LanguageDetection {
    private static final String MODEL = "/langdetect-183.bin";
    /**
     * Enough text to be sure (30 words of news prose), little enough to stay cheap: scoring grows with
     * the sample. On the 88 real pages of ../shared/html-dev, 150, 200 and 300 characters name the
     * language of the whole text on 86 pages (the other two: a Brazilian page whose opening reads as
     * Portuguese and its whole text as English, and Malay read as Sundanese), 2,000 on all 88 at 3.5
     * times the cost (docs/benchmarks.md).
     */
    private static final int SAMPLE_CHARS = 200;
    private static final int MIN_CHARS = 20;
    private static final double MIN_CONFIDENCE = 0.05;
    /** The model names some languages by an individual code where ISO 639-1 has the macrolanguage. */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.of(
            "cmn", "zh", "pes", "fa", "zsm", "ms", "ekk", "et", "lvs", "lv", "arb", "ar", "swh", "sw",
            "azj", "az", "uzn", "uz", "khk", "mn");
    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            ISO3_TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
        }
        ISO3_TO_ISO1.putAll(INDIVIDUAL_TO_MACRO);
    }

    private final NgramLanguageScorer scorer;

    LanguageDetection() {
        scorer = new NgramLanguageScorer(readModel());
    }

    static LanguageDetectorModel readModel() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is missing: add opennlp-models-langdetect");
            }
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language model " + MODEL, e);
        }
    }

    /** The language of an article's opening: its headline and the start of its text, without copying the rest. */
    public String detect(String headline, String text) {
        int room = Math.max(SAMPLE_CHARS - headline.length() - 1, 0);
        return detect(headline + "\n" + (text.length() > room ? text.substring(0, room) : text));
    }

    /** The ISO 639-1 code (639-3 where there is none), or null when the text is too short to tell. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return null;
        }
        String byScript = CjkScripts.languageOf(sample);
        if (byScript != null) {
            return byScript;
        }
        NgramLanguageScorer.Scored best = scorer.score(sample);
        if (best == null || best.confidence() < MIN_CONFIDENCE) {
            return null;
        }
        return ISO3_TO_ISO1.getOrDefault(best.language(), best.language());
    }
}
