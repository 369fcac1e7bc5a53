package io.newsflow.ingest.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * Turns uploaded bytes into text: the declared charset when there is one; otherwise a byte-order
 * mark, an HTML page's own {@code <meta charset>}, valid UTF-8, or what ICU4J's statistical detector
 * finds (windows-1251, ISO-8859-x, Shift_JIS, ...). A BOM never reaches the text.
 */
public final class CharsetDecoding {
    /** Below this ICU confidence (0-100) the guess is no better than the Western default. */
    private static final int MIN_CONFIDENCE = 10;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final int META_SCAN_BYTES = 4096;

    private CharsetDecoding() {
    }

    /** The charset parameter of a Content-Type, or null; an unknown one is a 415. */
    public static Charset declared(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        String name;
        try {
            name = MediaType.valueOf(contentType).getParameters().get(MediaType.CHARSET_PARAMETER);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        return name == null ? null : forName(name);
    }

    public static Charset forName(String name) {
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IngestProblem(Response.Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-charset",
                    "The charset '" + name + "' is not supported.", null);
        }
    }

    public static String decode(byte[] bytes, Charset declared, boolean html) {
        Charset charset = declared != null ? declared : detect(bytes, html);
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Charset detect(byte[] bytes, boolean html) {
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            return bom;
        }
        if (html) {
            Charset meta = metaCharset(bytes);
            if (meta != null) {
                return meta;
            }
        }
        if (isUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(html);
        detector.setText(bytes);
        CharsetMatch match = detector.detect();
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
            return Charset.forName(match.getName());
        }
        return FALLBACK;
    }

    private static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher matcher = META_CHARSET.matcher(head);
        if (matcher.find() && Charset.isSupported(matcher.group(1))) {
            return Charset.forName(matcher.group(1));
        }
        return null;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
