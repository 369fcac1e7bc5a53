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
        MessageDigest digest = sha256();
        digest.update(canonical(headline).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        digest.update(canonical(text).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
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
        // The same as NFKC, then replaceAll("\\s+", " "), strip and lower case, in fewer passes: ids
        // are computed for every upload, and must never change (ArticleIdsTest holds the definition).
        String nfkc = Normalizer.isNormalized(value, Normalizer.Form.NFKC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFKC);
        return collapseAsciiWhitespace(nfkc).strip().toLowerCase(Locale.ROOT);
    }

    /** Each run of the regex class {@code \s} (space, \t, \n, \u000B, \f, \r) as one space. */
    private static String collapseAsciiWhitespace(String value) {
        StringBuilder collapsed = null;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (!isRegexSpace(c)) {
                if (collapsed != null) {
                    collapsed.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isRegexSpace(value.charAt(end))) {
                end++;
            }
            if (collapsed == null && (c != ' ' || end > i + 1)) {
                collapsed = new StringBuilder(length).append(value, 0, i);
            }
            if (collapsed != null) {
                collapsed.append(' ');
            }
            i = end - 1;
        }
        return collapsed == null ? value : collapsed.toString();
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static String sha256Hex(String input) {
        return HexFormat.of().formatHex(sha256().digest(input.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
