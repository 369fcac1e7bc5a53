package io.newsflow.contract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Deterministic ids: the same content always gets the same id, so a re-upload or a replay
 * is recognised downstream and upserts instead of inserting twice.
 */
public final class ArticleIds {
    private static final int ID_HEX_CHARS = 32;

    private ArticleIds() {
    }

    /** Hex SHA-256 over the normalised headline and text. */
    public static String contentSha256(String headline, String text) {
        String canonical = canonical(headline) + "\n" + canonical(text);
        return sha256Hex(canonical);
    }

    /** The article id: the first 128 bits of {@link #contentSha256}. */
    public static String articleId(String headline, String text) {
        return idOf(contentSha256(headline, text));
    }

    /** The article id of a content hash already computed, so a producer hashes the text once. */
    public static String idOf(String contentSha256) {
        return contentSha256.substring(0, ID_HEX_CHARS);
    }

    /** An id derived from several parts, for events and entities. */
    public static String derivedId(String prefix, String... parts) {
        return prefix + sha256Hex(String.join("\u0000", parts)).substring(0, ID_HEX_CHARS - prefix.length());
    }

    /**
     * Case, Unicode form and whitespace do not make an article different: wire services
     * re-send stories with changed line breaks or typographic spaces.
     */
    static String canonical(String value) {
        if (value == null) {
            return "";
        }
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFKC);
        return nfc.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String sha256Hex(String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
