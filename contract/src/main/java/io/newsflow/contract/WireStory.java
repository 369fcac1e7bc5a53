package io.newsflow.contract;

import java.util.ArrayList;
import java.util.List;

/**
 * A story in plain wire-text form: the first line is the headline, an optional second line the
 * subtitle (standfirst), then the body, which opens with the dateline. Ingest, the engine's command
 * line and the tests all read uploads of this form, so the split lives in the contract.
 *
 * @param body the body with its dateline, paragraphs joined by a newline
 */
public record WireStory(String headline, String subtitle, String body) {

    private static final int MAX_SUBTITLE_CHARS = 400;

    public static WireStory parse(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.isEmpty()) {
            return new WireStory("", null, "");
        }
        String headline = lines.get(0);
        int bodyStart = 1;
        if (lines.size() >= 3 && isSubtitle(lines.get(1), lines.get(2))) {
            bodyStart = 2;
        }
        String subtitle = bodyStart == 2 ? lines.get(1) : null;
        return new WireStory(headline, subtitle, String.join("\n", lines.subList(bodyStart, lines.size())));
    }

    /** Whether the line opens with a dateline of {@link PrintedDateline}'s grammar. */
    public static boolean startsWithDateline(String line) {
        return PrintedDateline.parse(line) != null;
    }

    /**
     * A second line is a subtitle when the body (with its dateline) starts on the line after it, or
     * when it reads like a standfirst: short and without the closing punctuation of a paragraph.
     */
    private static boolean isSubtitle(String second, String third) {
        if (startsWithDateline(second)) {
            return false;
        }
        if (startsWithDateline(third)) {
            return true;
        }
        return second.length() <= MAX_SUBTITLE_CHARS && !second.matches(".*[.!?\"”’]$");
    }
}
