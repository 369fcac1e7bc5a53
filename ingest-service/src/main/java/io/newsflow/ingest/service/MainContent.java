package io.newsflow.ingest.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The main text of a page without navigation, ads, scripts and captions, in the manner of Mozilla's
 * Readability: strip what is never content, score each paragraph's container by the text it holds
 * (length, commas) less its links, boost containers marked as the article, and take the best one's
 * paragraphs. Written over jsoup because readability4j, the Java port, is unmaintained (last
 * release 2021, pinned to jsoup 1.11).
 */
final class MainContent {
    private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, form, button, input, select, textarea, nav, header, footer, aside, figure, figcaption, "
            + "picture, video, audio, [hidden], [aria-hidden=true], [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [role=dialog], [role=alert]";
    private static final Pattern UNLIKELY = Pattern.compile(
            "(?i)-ad-|^ad$|^ads?[-_]|[-_]ads?$|advert|banner|breadcrumb|caption|combx|comment|community|cookie|"
                    + "disqus|extra|footer|gdpr|header|legends|menu|modal|newsletter|outbrain|pager|popup|promo|"
                    + "related|remark|replies|rss|share|shoutbox|sidebar|skyscraper|social|sponsor|subscribe|"
                    + "taboola|teaser|tools|tweet|twitter|widget|nav\\b|navbar|navigation");
    private static final Pattern MAYBE = Pattern.compile("(?i)and|article|body|column|content|main|story|text");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|main|page|post|story|text|blog");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)hidden|byline|meta|promo|related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget|author");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double MAX_LINK_DENSITY = 0.5;

    private MainContent() {
    }

    /** Paragraphs of the main text joined by newlines; empty when the page has none. Mutates the page. */
    static String extract(Document page, String headline) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        body.select(NEVER_CONTENT).remove();
        removeUnlikely(body);
        Element best = bestCandidate(body);
        List<String> paragraphs = new ArrayList<>();
        Elements blocks = best.select(BLOCKS);
        if (blocks.isEmpty()) {
            paragraphs.add(best.wholeText().strip());
        }
        for (Element block : blocks) {
            if (block.parents().stream().anyMatch(parent -> blocks.contains(parent) && best != parent)) {
                continue; // a list item inside a quote, a paragraph inside a list item: counted once
            }
            String text = block.text().strip();
            if (text.isEmpty() || linkDensity(block) > MAX_LINK_DENSITY || text.equals(headline)) {
                continue;
            }
            paragraphs.add(text);
        }
        return String.join("\n", paragraphs).strip();
    }

    private static void removeUnlikely(Element body) {
        List<Element> unlikely = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (element == body || element.tagName().equals("article") || element.tagName().equals("main")) {
                continue;
            }
            String marks = element.className() + " " + element.id();
            if (UNLIKELY.matcher(marks).find() && !MAYBE.matcher(marks).find()) {
                unlikely.add(element);
            }
        }
        unlikely.forEach(Element::remove);
    }

    private static Element bestCandidate(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : body.select("p, pre, td, div:not(:has(p, div, table, ul, ol))")) {
            String text = paragraph.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + text.split("[,،、，]", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element parent = paragraph.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score + initialScore(parent, scores), Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) {
                scores.merge(grandparent, score / 2 + initialScore(grandparent, scores), Double::sum);
            }
        }
        Element best = body;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey()));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    /** Readability's head start for a container: marked as the article, or by its class and id. */
    private static double initialScore(Element element, Map<Element, Double> scores) {
        if (scores.containsKey(element)) {
            return 0;
        }
        double score = switch (element.tagName()) {
            case "article", "main" -> 10;
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            default -> 0;
        };
        if (element.attr("itemprop").equalsIgnoreCase("articleBody")) {
            score += 25;
        }
        String marks = element.className() + " " + element.id();
        if (POSITIVE.matcher(marks).find()) {
            score += 25;
        }
        if (NEGATIVE.matcher(marks).find()) {
            score -= 25;
        }
        return score;
    }

    private static double linkDensity(Element element) {
        int length = element.text().length();
        if (length == 0) {
            return 0;
        }
        int linkLength = element.select("a").stream().mapToInt(link -> link.text().length()).sum();
        return (double) linkLength / length;
    }
}
