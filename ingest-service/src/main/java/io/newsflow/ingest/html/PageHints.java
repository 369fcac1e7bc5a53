package io.newsflow.ingest.html;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What the page itself says about where its article is: the stated body text (JSON-LD), the
 * element marked {@code itemprop="articleBody"}, and the {@code <article>} holding the most text
 * (the others are teasers and related posts). {@code body} is the page's body, the measure of
 * "small" for boilerplate regions.
 */
final class PageHints {
    /** Tags that hold navigation, asides and page furniture, not articles, unless they hold most of the text. */
    private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "figure",
            "figcaption", "menu", "dialog", "form", "fieldset", "legend", "address", "details", "summary");
    private static final Set<String> FURNITURE_ROLES = Set.of("navigation", "complementary", "contentinfo", "banner",
            "dialog", "alertdialog", "alert", "search", "menu", "menubar", "toolbar");
    private static final Pattern FURNITURE_ITEMPROP = Pattern.compile(
            "(?i)author|publisher|creator|comment|associatedMedia|image");

    private final ArticleBodyHint statedBody;
    private final Element markedBody;
    private final Element mainArticle;
    private final Element body;
    // Asked for every block and each of its ancestors: worked out once per element and block.
    private final Map<Element, Boolean> furniture = new HashMap<>();
    private final Map<TextBlock, Boolean> confirmed = new IdentityHashMap<>();

    PageHints(ArticleBodyHint statedBody, Element markedBody, Element mainArticle, Element body) {
        this.statedBody = statedBody;
        this.markedBody = markedBody;
        this.mainArticle = mainArticle;
        this.body = body;
    }

    ArticleBodyHint statedBody() {
        return statedBody;
    }

    Element markedBody() {
        return markedBody;
    }

    Element mainArticle() {
        return mainArticle;
    }

    Element body() {
        return body;
    }

    /** Whether the JSON-LD body holds this block. */
    boolean confirms(TextBlock block) {
        return confirmed.computeIfAbsent(block, statedBody::confirms);
    }

    /**
     * Whether the element looks like page furniture by its tag, role or class words, or is an
     * {@code <article>} other than the main one. Callers weigh this against how much text it holds:
     * a furniture-like wrapper around most of the text is the article's wrapper, not furniture.
     */
    boolean looksLikeFurniture(Element element) {
        return furniture.computeIfAbsent(element, this::furnitureByMarkup);
    }

    private boolean furnitureByMarkup(Element element) {
        if (element == markedBody || element == mainArticle) {
            return false;
        }
        return FURNITURE_TAGS.contains(element.normalName())
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || element.nameIs("article")
                || FURNITURE_ITEMPROP.matcher(element.attr("itemprop")).matches()
                || classWords(element) < 0;
    }

    private final Map<Element, Integer> classWords = new HashMap<>();

    /** {@link ClassWords#of}, worked out once per element. */
    int classWords(Element element) {
        return classWords.computeIfAbsent(element, ClassWords::of);
    }
}
