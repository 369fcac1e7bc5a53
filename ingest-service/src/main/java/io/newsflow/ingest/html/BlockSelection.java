package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Which blocks of the chosen elements are the article, by their shape: a block that is mostly
 * links (a share bar, a list of related posts) goes; a box inside the article that looks like
 * furniture (a caption's figure, a "related" box, a teaser {@code <article>}) goes when it holds a
 * small part of the text; short blocks before the first and after the last paragraph of prose
 * (bylines, dates, captions, tags, "follow us") go, short ones between paragraphs (subheadings,
 * one-line paragraphs) stay. Blocks the page's JSON-LD body confirms always stay.
 */
final class BlockSelection {
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A box inside the article holding less than this share of its text may be furniture. */
    private static final double FURNITURE_SHARE = 0.3;

    private BlockSelection() {
    }

    static List<TextBlock> select(List<TextBlock> blocks, List<Element> chosen, ElementTexts texts, PageHints hints,
            String headline) {
        Set<Element> roots = new HashSet<>(chosen);
        double rootChars = chosen.stream().mapToInt(texts::plainChars).sum();
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock block : blocks) {
            Element root = rootOf(block.owner(), roots);
            if (root == null) {
                continue;
            }
            boolean confirmed = hints.confirms(block);
            if (!confirmed && (block.linkDensity() > MAX_LINK_DENSITY || isHeadline(block, headline)
                    || inFurniture(block.owner(), root, rootChars, texts, hints))) {
                continue;
            }
            kept.add(block);
        }
        return trimEdges(kept, hints);
    }

    private static Element rootOf(Element owner, Set<Element> roots) {
        for (Element element = owner; element != null; element = element.parent()) {
            if (roots.contains(element)) {
                return element;
            }
        }
        return null;
    }

    private static boolean isHeadline(TextBlock block, String headline) {
        return headline != null && block.text().equalsIgnoreCase(headline.strip());
    }

    private static boolean inFurniture(Element owner, Element root, double rootChars, ElementTexts texts,
            PageHints hints) {
        for (Element element = owner; element != null && element != root; element = element.parent()) {
            if ((hints.furniture(element) != PageHints.Furniture.NONE || Notices.isNotice(element, texts))
                    && texts.plainChars(element) < FURNITURE_SHARE * rootChars) {
                return true;
            }
        }
        return false;
    }

    /** Drops the short blocks before the first and after the last paragraph of prose. */
    private static List<TextBlock> trimEdges(List<TextBlock> kept, PageHints hints) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).isProse() || hints.confirms(kept.get(i))) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? kept : kept.subList(first, last + 1);
    }
}
