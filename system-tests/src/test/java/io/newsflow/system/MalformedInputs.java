package io.newsflow.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Malformed request bodies and hostile query values, drawn from a given {@link Random}: truncated and
 * deeply nested JSON, huge strings, binary, arbitrary text, HTML with scripts, zip bombs and invalid
 * UTF-8; injection strings, traversal paths, huge and odd numbers and arbitrary text.
 */
final class MalformedInputs {
    private static final String ARTICLE = "{\"headline\": \"Talks in Geneva\", \"text\": \"GENEVA (Reuters) - Ministers met.\", "
            + "\"publishedAt\": \"2024-03-04\", \"language\": \"en\", \"source\": \"Reuters\"}";
    private static final List<String> WHOLE_JSON = List.of(ARTICLE, "[" + ARTICLE + "," + ARTICLE + "]",
            ARTICLE + "\n" + ARTICLE);
    private static final List<String> KNOWN_HOSTILE = List.of("' OR '1'='1", "'; DROP TABLE article; --",
            "1; SELECT pg_sleep(10)", "\" OR 1=1 --", "../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%00",
            "\u0000", "<script>alert(1)</script>", "99999999999999999999999999", "-1", "1e309", "NaN", "2017-13-45",
            "9999-99", "0000-00-00", "{\"$gt\": \"\"}", "*", "%", "_", "\\", "😀".repeat(100), "a".repeat(5000));
    /** Characters parsers and escapers trip over: NUL, quotes, markup, BOM, bidi override, lone surrogates, non-characters. */
    private static final char[] AWKWARD_CHARS = {'\u0000', '"', '\\', '\'', '<', '>', '&', '%', '\n', '\r', '\t', '\uFEFF',
            '\u202E', '\u00A0', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'};
    /** 50 entries of 20 MB of zeros each: a few hundred kilobytes compressed, a gigabyte unpacked. Built once. */
    private static final byte[] ZIP_BOMB = zipBomb();

    /** The kinds of body, and how often each is drawn relative to the others. */
    private enum BodyKind {
        TRUNCATED_JSON(3), DEEPLY_NESTED(2), HUGE_STRING(1), BINARY(3), ARBITRARY_TEXT(3), HTML_WITH_SCRIPTS(2),
        ZIP_BOMB(1), INVALID_UTF8(2);

        private final int weight;

        BodyKind(int weight) {
            this.weight = weight;
        }

        static BodyKind draw(Random random) {
            int total = 0;
            for (BodyKind kind : values()) {
                total += kind.weight;
            }
            int pick = random.nextInt(total);
            for (BodyKind kind : values()) {
                pick -= kind.weight;
                if (pick < 0) {
                    return kind;
                }
            }
            throw new IllegalStateException("weights changed while drawing");
        }
    }

    private MalformedInputs() {
    }

    static byte[] body(Random random) {
        return switch (BodyKind.draw(random)) {
            case TRUNCATED_JSON -> truncatedJson(random);
            case DEEPLY_NESTED -> deeplyNested(random);
            case HUGE_STRING -> ("{\"headline\": \"h\", \"text\": \"" + "x".repeat(between(random, 500_000, 3_000_000))
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            case BINARY -> bytes(random, 0, 4096);
            case ARBITRARY_TEXT -> text(random, 2000).getBytes(StandardCharsets.UTF_8);
            case HTML_WITH_SCRIPTS -> htmlWithScripts(random);
            case ZIP_BOMB -> ZIP_BOMB;
            case INVALID_UTF8 -> invalidUtf8(random);
        };
    }

    static String hostileValue(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> KNOWN_HOSTILE.get(random.nextInt(KNOWN_HOSTILE.size()));
            case 1 -> text(random, 300);
            case 2 -> Long.toString(random.nextLong());
            default -> digits(random, between(random, 1, 40));
        };
    }

    private static byte[] truncatedJson(Random random) {
        String json = WHOLE_JSON.get(random.nextInt(WHOLE_JSON.size()));
        return json.substring(0, random.nextInt(json.length() + 1)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] deeplyNested(Random random) {
        int depth = between(random, 100, 100_000);
        return ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] htmlWithScripts(Random random) {
        String words = alpha(random, random.nextInt(201));
        return ("<html><head><title>" + words + "</title><script>alert('x')</script></head><body><article><h1>" + words
                + "</h1><p><img src=x onerror=alert(1)>" + words + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] invalidUtf8(Random random) {
        byte[] broken = ("Headline\nBody " + new String(bytes(random, 1, 512), StandardCharsets.ISO_8859_1))
                .getBytes(StandardCharsets.ISO_8859_1);
        broken[broken.length / 2] = (byte) 0xC3;
        broken[broken.length - 1] = (byte) 0xFF;
        return broken;
    }

    /** Up to {@code maxLength} characters: printable ASCII, control characters, any BMP character, awkward ones. */
    static String text(Random random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                text.append((char) between(random, 0x20, 0x7E));
            } else if (kind == 4) {
                text.append((char) random.nextInt(0x20));
            } else if (kind < 8) {
                text.append((char) random.nextInt(0x10000));
            } else {
                text.append(AWKWARD_CHARS[random.nextInt(AWKWARD_CHARS.length)]);
            }
        }
        return text.toString();
    }

    private static String alpha(Random random, int length) {
        StringBuilder letters = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char first = random.nextBoolean() ? 'a' : 'A';
            letters.append((char) (first + random.nextInt(26)));
        }
        return letters.toString();
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static byte[] bytes(Random random, int minLength, int maxLength) {
        byte[] bytes = new byte[between(random, minLength, maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    private static int between(Random random, int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int entry = 0; entry < 50; entry++) {
                zip.putNextEntry(new ZipEntry("article-" + entry + ".txt"));
                for (int megabyte = 0; megabyte < 20; megabyte++) {
                    zip.write(zeros);
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
