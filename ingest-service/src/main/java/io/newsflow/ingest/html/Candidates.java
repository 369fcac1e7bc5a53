package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Chooses the element(s) holding the article, in the manner of Readability: each paragraph-like
 * block gives points (length, commas) to its container and, less and less, to four ancestors
 * above it; a container starts with a head start for its tag, its class words and the page's own
 * marks (itemprop, JSON-LD, the main {@code <article>}), and keeps its points in proportion to its
 * text that is not links. The best one may then grow to the ancestor that several near-best ones
 * share, and gathers siblings that are article too (a body split around an advertisement).
 */
final class Candidates {
    private static final int MIN_BLOCK_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;
    /** Furniture holding less than this share of the page's text is small: a nav gives no points, a "related" box few. */
    private static final double FURNITURE_SHARE = 0.3;
    /** Furniture holding more than this share of the page's text is the article's wrapper, whatever its name. */
    private static final double WRAPPER_SHARE = 0.6;
    private static final double LARGE_FURNITURE_FACTOR = 0.25;
    private static final double SMALL_NAMED_FACTOR = 0.1;
    private static final double CONFIRMED_FACTOR = 3;
    private static final double UNCONFIRMED_FACTOR = 0.3;

    private final PageHints hints;
    private final ElementTexts texts;
    // In the order blocks first scored them, that is document order: of two equal scores the first
    // wins on every run (jsoup elements hash by identity, so a HashMap's order would vary).
    private final Map<Element, Double> points = new LinkedHashMap<>();

    private Candidates(PageHints hints, ElementTexts texts) {
        this.hints = hints;
        this.texts = texts;
    }

    /**
     * The chosen elements in document order; none when no block outside page furniture is long
     * enough to be a paragraph (the page has no main text).
     */
    static List<Element> choose(List<TextBlock> blocks, ElementTexts texts, PageHints hints) {
        Candidates candidates = new Candidates(hints, texts);
        blocks.forEach(candidates::score);
        Element best = candidates.best();
        return best == null ? List.of() : candidates.withSiblings(best);
    }

    private void score(TextBlock block) {
        boolean confirmed = hints.confirms(block);
        if (confirmed) {
            hints.markConfirmed(block);
        }
        double furniture = furnitureFactor(block.owner());
        if ((block.chars() < MIN_BLOCK_CHARS && !confirmed) || furniture == 0) {
            return;
        }
        double blockPoints = (1 + commas(block.text()) + Math.min(block.chars() / 100, 3)) * (1 - block.linkDensity())
                * furniture;
        if (confirmed) {
            blockPoints *= CONFIRMED_FACTOR;
        } else if (hints.statedBody().present()) {
            // The page said which text is its article, and this is not it: a comment, a teaser.
            blockPoints *= UNCONFIRMED_FACTOR;
        }
        Element container = block.ownerIsParagraph() ? block.owner().parent() : block.owner();
        for (int level = 0; level < ANCESTOR_LEVELS && container != null; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            points.merge(container, blockPoints / divider + (points.containsKey(container) ? 0 : headStart(container)),
                    Double::sum);
            container = container.parent();
        }
    }

    /**
     * How much a block inside furniture still counts: nothing in a small nav or aside, little in a
     * small box named "related" or "comments" (a name only lowers a score), a quarter in a large
     * one (a long comment thread), fully in one that holds most of the page's text, which is a
     * wrapper whatever it is called.
     */
    private double furnitureFactor(Element owner) {
        double pageChars = texts.plainChars(hints.body());
        double factor = 1;
        for (Element element = owner; element != null && element != hints.body(); element = element.parent()) {
            PageHints.Furniture furniture = hints.furniture(element);
            if (furniture != PageHints.Furniture.NONE) {
                double share = texts.plainChars(element) / pageChars;
                if (share < FURNITURE_SHARE) {
                    factor = Math.min(factor, furniture == PageHints.Furniture.BY_TAG ? 0 : SMALL_NAMED_FACTOR);
                } else if (share < WRAPPER_SHARE) {
                    factor = Math.min(factor, LARGE_FURNITURE_FACTOR);
                }
            }
        }
        return factor;
    }

    private static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '、' || c == '，') {
                commas++;
            }
        }
        return commas;
    }

    /** Readability's head start by tag and class, plus the page's own marks of its article. */
    private double headStart(Element element) {
        double start = switch (element.normalName()) {
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        start += 25 * hints.classWords(element);
        if (element == hints.markedBody()) {
            start += 50;
        }
        if (element == hints.mainArticle()) {
            start += 15;
        }
        return start;
    }

    private double finalScore(Element element) {
        return points.getOrDefault(element, 0.0) * (1 - texts.linkDensity(element));
    }

    private Element best() {
        Element best = null;
        double bestScore = 0;
        for (Element candidate : points.keySet()) {
            double score = finalScore(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best == null ? null : climb(best, bestScore);
    }

    /**
     * Readability's two climbs: to the nearest ancestor shared by three near-best candidates (the
     * article's paragraphs were grouped in several boxes), then to a parent that scores higher.
     */
    private Element climb(Element best, double bestScore) {
        List<Element> nearBest = new ArrayList<>();
        for (Element candidate : points.keySet()) {
            if (candidate != best && finalScore(candidate) >= 0.75 * bestScore) {
                nearBest.add(candidate);
            }
        }
        Element top = best;
        if (nearBest.size() >= 3) {
            for (Element ancestor = best.parent(); ancestor != null && ancestor != hints.body(); ancestor = ancestor.parent()) {
                Element shared = ancestor;
                if (nearBest.stream().filter(candidate -> candidate.parents().contains(shared)).count() >= 3) {
                    top = ancestor;
                    break;
                }
            }
        }
        double lastScore = finalScore(top);
        double threshold = lastScore / 3;
        for (Element parent = top.parent(); parent != null && parent != hints.body(); parent = parent.parent()) {
            if (!points.containsKey(parent)) {
                continue;
            }
            double parentScore = finalScore(parent);
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        return top;
    }

    /**
     * The best element and those of its siblings that score near it or are plain paragraphs of
     * prose, except notices, and, when the page's JSON-LD body is in the best element, siblings that
     * hold none of it.
     */
    private List<Element> withSiblings(Element top) {
        Element parent = top.parent();
        if (parent == null || top == hints.body()) {
            return List.of(top);
        }
        double topScore = finalScore(top);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                chosen.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? topScore * 0.2 : 0;
            if (points.containsKey(sibling) && finalScore(sibling) + bonus >= threshold
                    && hints.furniture(sibling) == PageHints.Furniture.NONE && !Notices.isNotice(sibling, texts)
                    && (!hints.confirmsAny(top) || hints.confirmsAny(sibling))) {
                chosen.add(sibling);
            } else if (sibling.nameIs("p") && texts.chars(sibling) > 80 && texts.linkDensity(sibling) < 0.25) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }
}
