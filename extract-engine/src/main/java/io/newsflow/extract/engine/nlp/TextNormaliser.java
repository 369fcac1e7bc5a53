package io.newsflow.extract.engine.nlp;

/**
 * Maps typographic quotes, apostrophes, dashes and spaces to their ASCII forms one character for one, and blanks
 * HTML tags left in a text, so that matching sees one spelling while every offset still points into the original
 * text.
 */
public final class TextNormaliser {
    private TextNormaliser() {
    }

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /** The text without the marks on its letters ("Szijjártó" is "Szijjarto", "María" is "Maria"). */
    public static String withoutMarks(String text) {
        return text.chars().allMatch(c -> c < 128) ? text
                : MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("");
    }

    public static String forMatching(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = switch (chars[i]) {
                case '\u2018', '\u2019', '\u201B', '\u2032', '`' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
                case '\u2010', '\u2011' -> '-';
                case '\u00A0', '\u2007', '\u202F', '\u2009', '\t' -> ' ';
                default -> chars[i];
            };
        }
        // markup left in a text is no word of it: 'met <img src=x onerror="..."> French Foreign Minister Barrot'
        // meets Barrot, and the tag's quotes open no quotation
        if (text.indexOf('<') >= 0) {
            java.util.regex.Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                java.util.Arrays.fill(chars, tag.start(), tag.end(), ' ');
            }
        }
        return new String(chars);
    }

    /** An HTML tag as a page or a copy and paste leaves it in a text: "<img src=x>", "</script>", "<br/>". */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]{0,300})?/?>");
}
