package io.newsflow.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. They are cut into words first ({@code
 * elementor-widget-container} is elementor, widget, container; {@code PageBuilder-pageRow} is page,
 * builder, page, row), so "pager" is not found inside "pageRow" nor "ad" inside "header". A word
 * only weighs on a score: no element is removed for its name.
 */
final class ClassWords {
    private static final Pattern WORD_BOUNDARY = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");
    /** Whole words that mark boilerplate. */
    private static final Set<String> NEGATIVE = Set.of("ad", "ads", "adv", "advert", "advertisement", "advertising",
            "banner", "breadcrumb", "breadcrumbs", "byline", "author", "authors", "caption", "comment", "comments",
            "community", "consent", "cookie", "cookies", "gdpr", "disqus", "footer", "masthead", "menu", "modal",
            "newsletter", "outbrain", "taboola", "pager", "pagination", "popup", "promo", "promoted", "related",
            "recommended", "recirculation", "share", "sharing", "social", "sidebar", "sponsor", "sponsored",
            "subscribe", "subscription", "signup", "widget", "nav", "navbar", "navigation", "meta", "tags", "tag",
            "toolbar", "tools", "rss", "print", "trending", "popular", "teaser", "teasers", "shopping", "hidden",
            "dialog", "overlay", "paywall", "login", "follow", "more", "jump", "skip", "credit", "credits", "copyright",
            "disclaimer", "feedback", "rating", "newsfeed", "carousel", "slider", "card", "cards", "thumbnail");
    /** Pieces of words that mark the article; matched inside words ({@code entrycontent}, {@code storytext}). */
    private static final Pattern POSITIVE = Pattern.compile(
            "article|content|entry|story|post|text|body|blog|prose|main|paragraph");
    private static final Set<String> POSITIVE_EXCEPTIONS = Set.of("domain", "remain", "postal", "context",
            "textarea", "posted", "poster", "contents");

    private ClassWords() {
    }

    /**
     * -1 when the class or id names boilerplate (even beside an article word: {@code related-posts},
     * {@code post-meta}), +1 when it names the article, 0 when neither.
     */
    static int of(Element element) {
        String marks = element.className() + " " + element.id();
        if (marks.isBlank()) {
            return 0;
        }
        boolean positive = false;
        boolean negative = false;
        for (String raw : WORD_BOUNDARY.split(marks)) {
            String word = raw.toLowerCase(Locale.ROOT);
            if (word.isEmpty()) {
                continue;
            }
            negative |= NEGATIVE.contains(word);
            positive |= !POSITIVE_EXCEPTIONS.contains(word) && POSITIVE.matcher(word).find();
        }
        return negative ? -1 : positive ? 1 : 0;
    }
}
