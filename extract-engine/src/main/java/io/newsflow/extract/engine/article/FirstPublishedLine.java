package io.newsflow.extract.engine.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.PrintedDateline;

/**
 * The closing line with which The Canadian Press and the papers that run its copy date a story whose dateline prints
 * no date ("OTTAWA —"): "This report by The Canadian Press was first published March 4, 2025." It gives the story's
 * day and the agency that filed it. Dawn closes its stories in the same way: "Published in Dawn, May 10th, 2023".
 *
 * @param agency the agency the line names, or null ("This article was first published on ...")
 * @param date the day it was first published
 */
public record FirstPublishedLine(String agency, LocalDate date) {
    /** How far from the end of the body the line may stand: it closes the story. */
    static final int TAIL = 400;
    static final Pattern LINE = Pattern.compile("(?:(?:This (?:report|article|story)(?: by (?<agency>\\p{Lu}[\\p{L} .'&-]{1,40}?))?"
            + " was )?[Ff]irst published(?: on)?"
            // Dawn closes every story with the paper and the day it ran: "Published in Dawn, May 10th, 2023"
            + "|Published in (?<paper>\\p{Lu}[\\p{L} .'&-]{1,40}?),) (?<month>" + PrintedDateline.MONTH_NAMES + ")\\.? "
            + "(?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)\\d{2})\\.?[ \\t]*$", Pattern.MULTILINE);

    /** The closing line of {@code body}, or null when it has none. */
    public static FirstPublishedLine of(String body) {
        int from = Math.max(0, body.length() - TAIL);
        Matcher m = LINE.matcher(body).region(from, body.length());
        if (!m.find()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group("year")), PrintedDateline.month(m.group("month")),
                    Integer.parseInt(m.group("day")));
            return new FirstPublishedLine(m.group("agency") != null ? m.group("agency") : m.group("paper"), day);
        } catch (DateTimeException e) {
            return null; // "first published February 30, 2025" dates nothing
        }
    }
}
