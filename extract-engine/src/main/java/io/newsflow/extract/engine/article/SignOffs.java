package io.newsflow.extract.engine.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credit line a web story may close with, "mf/rc (AFP, dpa, Reuters)", "(Reporting by ...; Editing by ...)" or an
 * agency's staff lines ("Editor: Anton Santoso"):
 * it names the agencies and editors the story drew on, not bodies the story is about, so it is left out of the text
 * the engine reads (blanked, so every offset stays the same). So is the line that dates a Canadian Press story
 * ({@link FirstPublishedLine}), read before it is blanked.
 */
public final class SignOffs {
    /** A last line of editors' initials and a bracket, or a bracket alone. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\n[ \\t]*(?:[a-z]{1,4}(?:/[a-z]{1,4})*[ \\t]*)?\\([^()\\n]{2,120}\\)[ \\t]*\\s*\\z"
                    // Reuters' credits in a bracket run long: "(Reporting by A in Suez and B in Cairo; Additional
                    // reporting by C in Amsterdam; Writing by D; Editing by E)"
                    + "|\\n[ \\t]*\\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by[^()\\n]{2,480}\\)[ \\t]*\\s*\\z");

    /**
     * The staff lines an agency closes with, "Reporter: X", "Translator: A, B", "Editor: C", "Copyright © ANTARA
     * 2024": the people who wrote the story, not people it is about.
     */
    private static final Pattern STAFF_LINES = Pattern.compile("(?:\\n[ \\t]*(?:(?:Reporters?|Editors?|Translators?|"
            + "Writers?|Photographers?|Producers?)[ \\t]*:|(?:Additional )?(?:Reporting|Editing|Writing) by|Compiled by|"
            + "Copyright|\u00a9"
            // AP's credit for help from other bureaus: "Associated Press writer Edith M. Lederer at the United Nations
            // contributed."
            + "|(?:The )?Associated Press (?:writers?|reporters?|journalists?|correspondents?) [^\\n]{2,300}?"
            + "contributed)[^\\n]*)+\\s*\\z");

    private SignOffs() {
    }

    /** The text with a closing credit line, and a closing "first published" line, replaced by spaces. */
    public static String blanked(String normalised) {
        String blanked = blank(normalised, STAFF_LINES.matcher(normalised), 1);
        blanked = blank(blanked, SIGN_OFF.matcher(blanked), 1);
        Matcher published = FirstPublishedLine.LINE.matcher(blanked);
        return blank(blanked, published.region(Math.max(0, blanked.length() - FirstPublishedLine.TAIL), blanked.length()), 0);
    }

    private static String blank(String text, Matcher m, int skip) {
        if (!m.find()) {
            return text;
        }
        StringBuilder b = new StringBuilder(text);
        for (int i = m.start() + skip; i < m.end(); i++) {
            if (!Character.isWhitespace(b.charAt(i))) {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
