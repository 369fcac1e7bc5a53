package io.newsflow.extract.engine.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit line a web story may close with, "mf/rc (AFP, dpa, Reuters)" or "(Reporting by ...; Editing by ...)":
 * it names the agencies and editors the story drew on, not bodies the story is about, so it is left out of the text
 * the engine reads (blanked, so every offset stays the same).
 */
public final class SignOffs {
    /** A last line of editors' initials and a bracket, or a bracket alone. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\n[ \\t]*(?:[a-z]{1,4}(?:/[a-z]{1,4})*[ \\t]*)?\\([^()\\n]{2,120}\\)[ \\t]*\\s*\\z");

    private SignOffs() {
    }

    /** The text with a closing credit line replaced by spaces. */
    public static String blanked(String normalised) {
        Matcher m = SIGN_OFF.matcher(normalised);
        if (!m.find()) {
            return normalised;
        }
        StringBuilder b = new StringBuilder(normalised);
        for (int i = m.start() + 1; i < m.end(); i++) {
            if (!Character.isWhitespace(b.charAt(i))) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
