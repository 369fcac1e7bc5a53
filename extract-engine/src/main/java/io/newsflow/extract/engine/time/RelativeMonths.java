package io.newsflow.extract.engine.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.DatePrecision;

/**
 * Months and years counted from another time the sentence names: "cut relations in August 2021 and closed its airspace
 * the following month" (September 2021), "was elected in 2014 and re-elected two years later" (2016), "the previous
 * year" ("seven months later than planned" is no date). Only a time named before the expression in its own sentence
 * anchors it; without one the expression is left undated, as the story's own date would put the act in the wrong
 * month.
 */
final class RelativeMonths {
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:"
            + "the\\s+(?<adj>previous|next|following)\\s+(?<unit1>month|year)"
            + "|(?<n>a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(?<unit2>months?|years?)\\s+(?<dir>later|earlier))\\b(?!\\s+than)");

    private RelativeMonths() {
    }

    /** Adds to found (sorted by start) the relative months and years of region, which starts at offset. */
    static void collect(List<TimeMention> found, CharSequence region, int offset) {
        if (found.isEmpty()) {
            return; // nothing named before to count from
        }
        String words = region.toString();
        if (!words.contains("month") && !words.contains("year") && !words.contains("Month") && !words.contains("Year")) {
            return; // most sentences count no months or years, and are read without a matcher
        }
        Matcher m = OFFSET.matcher(region);
        while (m.find()) {
            int start = offset + m.start();
            int end = offset + m.end();
            if (TimeMention.overlapsAny(found, start, end)) {
                continue;
            }
            boolean months = (m.group("unit1") != null ? m.group("unit1") : m.group("unit2"))
                    .toLowerCase(Locale.ROOT).startsWith("month");
            TimePoint anchor = anchorBefore(found, start, months);
            if (anchor == null) {
                continue;
            }
            int count = m.group("adj") != null ? 1 : count(m.group("n"));
            boolean back = m.group("adj") != null ? m.group("adj").equalsIgnoreCase("previous")
                    : m.group("dir").equalsIgnoreCase("earlier");
            long shift = back ? -count : count;
            LocalDate date = months ? anchor.date().withDayOfMonth(1).plusMonths(shift)
                    : anchor.date().withDayOfYear(1).plusYears(shift);
            DatePrecision precision = months ? DatePrecision.MONTH : DatePrecision.YEAR;
            TimeMention.addInOrder(found, new TimeMention(start, end, new TimePoint(date, precision)));
        }
    }

    private static int count(String n) {
        String word = n.toLowerCase(Locale.ROOT);
        return RelativeDays.NUMBERS.containsKey(word) ? RelativeDays.NUMBERS.get(word) : Integer.parseInt(word);
    }

    /** The last time named before {@code start} that knows its month (for months) or its year (for years). */
    private static TimePoint anchorBefore(List<TimeMention> found, int start, boolean months) {
        TimePoint anchor = null;
        for (TimeMention t : found) {
            DatePrecision p = t.point().precision();
            boolean fits = months ? p == DatePrecision.DAY || p == DatePrecision.MONTH
                    : p == DatePrecision.DAY || p == DatePrecision.MONTH || p == DatePrecision.YEAR;
            if (t.start() < start && t.end() <= start && fits) {
                anchor = t.point();
            }
        }
        return anchor;
    }
}
