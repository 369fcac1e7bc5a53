package io.newsflow.ingest.html;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * How much text, and how much of it link text, each element holds, summed once from the blocks
 * (asking jsoup for every element's text would read the page once per element).
 */
final class ElementTexts {
    private final Map<Element, int[]> charsAndLinkChars = new HashMap<>();

    ElementTexts(List<TextBlock> blocks) {
        for (TextBlock block : blocks) {
            int prose = block.isProse() ? 1 : 0;
            int action = block.isAction() ? 1 : 0;
            for (Element element = block.owner(); element != null; element = element.parent()) {
                int[] sums = charsAndLinkChars.computeIfAbsent(element, e -> new int[4]);
                sums[0] += block.chars();
                sums[1] += block.linkChars();
                sums[2] += prose;
                sums[3] += action;
            }
        }
    }

    int chars(Element element) {
        int[] sums = charsAndLinkChars.get(element);
        return sums == null ? 0 : sums[0];
    }

    /** Characters that are not link text: what a reader reads there. */
    int plainChars(Element element) {
        int[] sums = charsAndLinkChars.get(element);
        return sums == null ? 0 : sums[0] - sums[1];
    }

    /** How many paragraphs of prose the element holds. */
    int proseBlocks(Element element) {
        int[] sums = charsAndLinkChars.get(element);
        return sums == null ? 0 : sums[2];
    }

    /** How many blocks of a few linked words ("Accept", "Settings") the element holds. */
    int actionBlocks(Element element) {
        int[] sums = charsAndLinkChars.get(element);
        return sums == null ? 0 : sums[3];
    }

    double linkDensity(Element element) {
        int[] sums = charsAndLinkChars.get(element);
        return sums == null || sums[0] == 0 ? 0 : (double) sums[1] / sums[0];
    }
}
