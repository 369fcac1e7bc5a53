package io.newsflow.ingest.html;

import org.jsoup.nodes.Element;

/**
 * The shape of a notice (a cookie or consent banner, a newsletter or app prompt): a single
 * paragraph and the controls to answer it (buttons, or a few linked words such as "Accept all").
 * An article continued after an advertisement has no such controls; a notice may say anything, in
 * any language, so its words are not what gives it away.
 */
final class Notices {
    private static final String CONTROLS = "button, input[type~=(?i)^(button|submit)$], [role=button]";

    private Notices() {
    }

    static boolean isNotice(Element element, ElementTexts texts) {
        return texts.proseBlocks(element) == 1
                && (texts.actionBlocks(element) > 0 || element.selectFirst(CONTROLS) != null);
    }
}
