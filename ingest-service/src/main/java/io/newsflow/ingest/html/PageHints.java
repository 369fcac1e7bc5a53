package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    /** Furniture tags that may wrap a whole page or article (a page-wide {@code <form>}, an article's {@code <header>} is not). */
    private static final Set<String> WRAPPER_TAGS = Set.of("form", "fieldset", "details");
    private static final Pattern FURNITURE_ITEMPROP = Pattern.compile(
            "(?i)author|publisher|creator|comment|associatedMedia|image");

    private final ArticleBodyHint statedBody;
    private final Element markedBody;
    private final Element mainArticle;
    private final Element body;
    // Asked for every block and each of its ancestors: worked out once per element and block.
    private final Map<Element, Furniture> furniture = new HashMap<>();
    private final Map<Element, Integer> classWords = new HashMap<>();
    private final Set<Element> anchorsAndTheirAncestors = new HashSet<>();
    private final Map<TextBlock, Boolean> confirmed = new IdentityHashMap<>();
    private final Set<Element> holdingConfirmed = new HashSet<>();

    PageHints(ArticleBodyHint statedBody, Element markedBody, Element mainArticle, Element body) {
        this.statedBody = statedBody;
        this.markedBody = markedBody;
        this.mainArticle = mainArticle;
        this.body = body;
        List<Element> anchors = new ArrayList<>(body.select("h1"));
        anchors.add(markedBody);
        anchors.add(mainArticle);
        for (Element anchor : anchors) {
            for (Element element = anchor; element != null && anchorsAndTheirAncestors.add(element);) {
                element = element.parent();
            }
        }
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

    /** Notes that the element around this confirmed block, and its ancestors, hold part of the JSON-LD body. */
    void markConfirmed(TextBlock block) {
        for (Element element = block.owner(); element != null && holdingConfirmed.add(element);) {
            element = element.parent();
        }
    }

    /** Whether a block in this element was found {@link #markConfirmed confirmed}. */
    boolean confirmsAny(Element element) {
        return holdingConfirmed.contains(element);
    }

    /** What an element looks like by its markup. */
    enum Furniture {
        /** Nothing says it is not article. */
        NONE,
        /** Its class or id words, or its itemprop (author, image), say it is not: a weak sign. */
        BY_NAME,
        /** Its tag or role says it is not (nav, aside, footer, a teaser {@code <article>}): a strong sign. */
        BY_TAG
    }

    /**
     * What the element looks like by its tag, role or class words. Callers weigh this against how
     * much text it holds. An element around the page's marked body, its main {@code <article>} or an
     * {@code <h1>} is the article's wrapper whatever its class says ({@code penci_sidebar}, {@code
     * and-w-sidebar} are layouts with a sidebar), and so is a {@code <form>} around them.
     */
    Furniture furniture(Element element) {
        return furniture.computeIfAbsent(element, this::furnitureByMarkup);
    }

    private Furniture furnitureByMarkup(Element element) {
        if (element == markedBody || element == mainArticle) {
            return Furniture.NONE;
        }
        boolean wrapsArticle = anchorsAndTheirAncestors.contains(element);
        String tag = element.normalName();
        if ((FURNITURE_TAGS.contains(tag) && !(wrapsArticle && WRAPPER_TAGS.contains(tag)))
                || FURNITURE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || (tag.equals("article") && !wrapsArticle)) {
            return Furniture.BY_TAG;
        }
        if (!wrapsArticle && (FURNITURE_ITEMPROP.matcher(element.attr("itemprop")).matches() || classWords(element) < 0)) {
            return Furniture.BY_NAME;
        }
        return Furniture.NONE;
    }

    /** {@link ClassWords#of}, worked out once per element. */
    int classWords(Element element) {
        return classWords.computeIfAbsent(element, ClassWords::of);
    }
}
