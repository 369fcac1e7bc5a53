package io.newsflow.ingest.html;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a news page: its paragraphs without navigation, ads, bylines, captions, share
 * bars, related posts and cookie banners. Nothing is deleted for its name; every block of text is
 * scored ({@link Candidates}) and the article's blocks are kept by their shape ({@link
 * BlockSelection}), with the page's own statements (JSON-LD {@code articleBody}, {@code
 * itemprop="articleBody"}, its main {@code <article>}) weighing most. When the page states its body
 * in JSON-LD and the markup yields less than half of it (text loaded by script, a body split
 * beyond recognition), the stated body is the text.
 */
public final class MainText {
    /** Below this share of the stated body's shingles, the markup's text is not the article. */
    private static final double MIN_STATED_BODY_COVERAGE = 0.5;

    private MainText() {
    }

    /** Paragraphs joined by newlines; empty when the page has no text at all. Does not change the page. */
    public static String extract(Document page, String headline, String statedArticleBody) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        List<TextBlock> blocks = TextBlocks.of(body);
        ElementTexts texts = new ElementTexts(blocks);
        PageHints hints = new PageHints(ArticleBodyHint.of(statedArticleBody), markedBody(page, texts),
                mainArticle(page, texts), body);
        List<Element> chosen = Candidates.choose(blocks, texts, hints);
        List<TextBlock> kept = BlockSelection.select(blocks, chosen, texts, hints, headline);
        if (kept.isEmpty() && !chosen.isEmpty()) {
            // Everything in the article's element looked like furniture: its text beats no text.
            kept = blocks.stream().filter(block -> block.linkDensity() <= 0.5 && inAny(block, chosen)).toList();
        }
        String text = kept.stream().map(TextBlock::text).collect(Collectors.joining("\n"));
        ArticleBodyHint stated = hints.statedBody();
        if (stated.canStandIn() && stated.coverage(text) < MIN_STATED_BODY_COVERAGE) {
            return stated.text();
        }
        return text;
    }

    private static boolean inAny(TextBlock block, List<Element> elements) {
        return elements.stream().anyMatch(element -> block.owner() == element || block.owner().parents().contains(element));
    }

    /** The element marked {@code itemprop="articleBody"} that holds the most text. */
    private static Element markedBody(Document page, ElementTexts texts) {
        return mostText(page.select("[itemprop~=(?i)^articleBody$]"), texts);
    }

    /** Of several {@code <article>}s, the one holding the most text; the rest are teasers. */
    private static Element mainArticle(Document page, ElementTexts texts) {
        return mostText(page.select("article"), texts);
    }

    private static Element mostText(List<Element> elements, ElementTexts texts) {
        Element most = null;
        for (Element element : elements) {
            if (texts.plainChars(element) > 0 && (most == null || texts.plainChars(element) > texts.plainChars(most))) {
                most = element;
            }
        }
        return most;
    }
}
