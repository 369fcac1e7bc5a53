package io.newsflow.ingest.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Detects an article's language with OpenNLP's language-detection model (103 languages, from
 * Maven Central) and answers ISO 639-1 codes, as the contract wants. Loaded at startup: the model
 * takes a second to read, which no upload should wait for.
 */
@Startup
@ApplicationScoped
public class LanguageDetection {
    private static final String MODEL = "/langdetect-183.bin";
    /**
     * Enough text to be sure (50 words of news prose), little enough to stay cheap: the detector's
     * character n-gram model of the sample was the largest cost of an upload (42 % of ingest's CPU
     * with 600 characters in a JFR profile, docs/benchmarks.md), and its cost grows with the sample.
     */
    private static final int SAMPLE_CHARS = 300;
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

    private final LanguageDetectorModel model;
    /** The detector keeps per-call state; the model is shared. */
    private final ThreadLocal<LanguageDetectorME> detectors;

    LanguageDetection() {
        try (InputStream in = LanguageDetection.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException(MODEL + " is missing: add opennlp-models-langdetect");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the language model " + MODEL, e);
        }
        detectors = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    /** The ISO 639-1 code (639-3 where there is none), or null when the text is too short to tell. */
    public String detect(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.strip().length() < MIN_CHARS) {
            return null;
        }
        Language best = detectors.get().predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return null;
        }
        return ISO3_TO_ISO1.getOrDefault(best.getLang(), best.getLang());
    }
}
