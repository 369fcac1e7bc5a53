package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Cuts a page's body into {@link TextBlock}s in document order. A block ends where a block-level
 * element starts or ends, and at two {@code <br>} in a row; a single {@code <br>} is a line break
 * inside the block. So text that sits in {@code <div>}s or between {@code <br>}s is paragraphs too,
 * not only {@code <p>}.
 */
final class TextBlocks {
    /** Elements whose content is never read text. */
    static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "object",
            "embed", "svg", "canvas", "button", "input", "select", "option", "textarea", "head", "title", "meta",
            "link", "video", "audio", "map", "math");
    private static final Set<String> BLOCK_LEVEL = Set.of("address", "article", "aside", "blockquote", "body",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
            "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
            "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th",
            "caption", "ul", "legend", "picture", "img");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int linkChars;
    private int breaksInARow;

    private TextBlocks() {
    }

    static List<TextBlock> of(Element body) {
        TextBlocks splitter = new TextBlocks();
        splitter.walk(body, body, false);
        splitter.flush(body);
        return splitter.blocks;
    }

    private void walk(Element element, Element owner, boolean inLink) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                append(textNode.text(), inLink);
            } else if (child instanceof Element childElement) {
                String name = childElement.normalName();
                if (NEVER_TEXT.contains(name) || isHidden(childElement)) {
                    continue;
                }
                if (name.equals("br")) {
                    lineBreak(owner);
                } else if (BLOCK_LEVEL.contains(name)) {
                    flush(owner);
                    walk(childElement, childElement, false);
                    flush(childElement);
                } else {
                    walk(childElement, owner, inLink || name.equals("a"));
                }
            }
        }
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || element.attr("aria-hidden").equals("true");
    }

    private void append(String piece, boolean inLink) {
        String normalised = piece.replace('\u00a0', ' ').replaceAll("\\s+", " ");
        if (normalised.isBlank() && (text.isEmpty() || text.charAt(text.length() - 1) == ' '
                || text.charAt(text.length() - 1) == '\n')) {
            return;
        }
        if (!normalised.isBlank()) {
            breaksInARow = 0;
        }
        text.append(normalised);
        if (inLink) {
            linkChars += normalised.strip().length();
        }
    }

    /** One {@code <br>} breaks the line; the second in a row ends the paragraph. */
    private void lineBreak(Element owner) {
        breaksInARow++;
        if (breaksInARow >= 2) {
            flush(owner);
        } else if (!text.isEmpty()) {
            text.append('\n');
        }
    }

    private void flush(Element owner) {
        String block = text.toString().lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n" + b).orElse("");
        if (!block.isEmpty()) {
            blocks.add(new TextBlock(owner, block, Math.min(linkChars, block.length())));
        }
        text.setLength(0);
        linkChars = 0;
        breaksInARow = 0;
    }
}
