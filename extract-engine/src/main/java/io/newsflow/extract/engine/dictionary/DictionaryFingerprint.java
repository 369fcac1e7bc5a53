package io.newsflow.extract.engine.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short hash of every dictionary file: it goes into the extractor's version, so a dictionary change makes the
 * pipeline analyse an article again on re-upload or replay, and query-service replaces the old analysis.
 */
public final class DictionaryFingerprint {
    /** Every file of {@code /dictionaries/}; a test keeps this list equal to the directory. */
    public static final List<String> FILES = List.of(
            "abbreviations.tsv", "aircraft-nouns.txt", "attack-nouns.txt", "cameo-codes.tsv", "cameo-future.tsv", "cameo-verbs.tsv", "civil-body-heads.txt",
            "company-suffixes.txt", "countries.tsv", "country-compounds.tsv", "credits.tsv", "determiners.txt",
            "document-nouns.txt", "event-nouns.tsv", "family-names-first.txt", "given-names.tsv", "government-nouns.txt", "hedge-words.txt",
            "characterising-verbs.txt", "honorifics.tsv", "igo-datelines.txt", "igo-seats.tsv", "igos-acting-alone.txt", "igos.tsv", "irregular-fighters.txt", "irregular-verbs.tsv", "locations.tsv", "military-nouns.txt", "mission-nouns.txt",
            "monarchies.txt", "name-heads.txt", "name-particles.txt", "not-names.txt", "non-governmental-bodies.txt", "non-political-org-words.txt", "non-state-modifiers.txt", "noun-markers.txt", "office-qualifiers.txt", "org-patterns.tsv",
            "org-words.txt", "organizations.tsv", "outlet-homes.tsv", "outlet-nouns.txt", "plan-words.txt", "platforms.txt", "population-nouns.txt",
            "pronouns-and-role-nouns.tsv", "role-modifiers.txt", "role-places.tsv", "roles.tsv", "ruling-families.tsv",
            "speech-verbs.txt",
            "sender-nouns.txt", "sports-words.txt", "state-nouns.txt", "statement-nouns.txt", "title-countries.tsv", "tone-lexicon.tsv", "wanting-words.txt", "world-actors.tsv",
            "world-wires.txt");
    private static final int HEX_CHARS = 12;

    private DictionaryFingerprint() {
    }

    /** The first 12 hex digits of SHA-256 over every file's name and bytes, in the order of {@link #FILES}. */
    public static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = DictionaryFingerprint.class.getResourceAsStream("/dictionaries/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("Dictionary " + file + " is not on the classpath");
                    }
                    digest.update(file.getBytes(StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, HEX_CHARS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the dictionaries", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
