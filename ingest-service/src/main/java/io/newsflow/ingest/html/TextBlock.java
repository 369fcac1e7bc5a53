package io.newsflow.ingest.html;

import org.jsoup.nodes.Element;

/**
 * A paragraph as a reader sees it, whatever the markup: a {@code <p>}, a heading, a list item, a run
 * of text directly inside a {@code <div>}, or text between two {@code <br><br>}. {@code owner} is the
 * nearest block-level element around it; {@code linkChars} how many of its characters are link text.
 */
record TextBlock(Element owner, String text, int linkChars) {
    private static final int PROSE_WEIGHT = 80;
    private static final double PROSE_MAX_LINK_DENSITY = 0.3;
    private static final int ACTION_MAX_WORDS = 4;

    int chars() {
        return text.length();
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    boolean isHeading() {
        return owner.nameIs("h1") || owner.nameIs("h2") || owner.nameIs("h3") || owner.nameIs("h4")
                || owner.nameIs("h5") || owner.nameIs("h6");
    }

    /** A paragraph of prose: long enough (CJK characters count three: each carries a word) and not mostly links. */
    boolean isProse() {
        if (linkDensity() > PROSE_MAX_LINK_DENSITY || isHeading()) {
            return false;
        }
        int weight = 0;
        for (int i = 0; i < text.length(); i++) {
            weight += isCjk(text.charAt(i)) ? 3 : 1;
        }
        return weight >= PROSE_WEIGHT;
    }

    /** A few words that are all link: "Accept all", "Settings", "Share". */
    boolean isAction() {
        return linkDensity() >= 0.8 && text.split("\\s+").length <= ACTION_MAX_WORDS;
    }

    /** CJK radicals to Hangul syllables and the compatibility ideographs: Han, kana, Hangul (a range test, as this runs per character). */
    private static boolean isCjk(char c) {
        return (c >= '\u2E80' && c <= '\uD7AF') || (c >= '\uF900' && c <= '\uFAFF');
    }

    /**
     * Whether the owner is a paragraph-like element, so that the block's container is the owner's
     * parent (as Readability scores a {@code <p>}'s parent); otherwise the text lies directly in its
     * container.
     */
    boolean ownerIsParagraph() {
        return switch (owner.normalName()) {
            case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "td", "th",
                    "figcaption", "caption", "address", "summary", "center" -> true;
            default -> false;
        };
    }
}
