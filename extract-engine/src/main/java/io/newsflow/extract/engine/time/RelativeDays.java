package io.newsflow.extract.engine.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.DatePrecision;

/**
 * Days counted from another day the text names: "said on Sunday ..., a day after its fighters shelled the camp" (the
 * shelling is the Saturday), "two days later", "the previous day", "the same day", "earlier in the day". The anchor is the last day named
 * before the expression in its sentence, else the last one the paragraph named before, else the article's date; the
 * article's date is the wrong anchor for "a day after" when the sentence dates its main clause to another day, so
 * "a day after" and "a day before" count only from a day their own sentence names. "That day" ("later that day") points
 * back at the last day the story told even in an earlier paragraph.
 */
final class RelativeDays {
    private static final Pattern OFFSET = Pattern.compile("(?i)\\b(?:"
            + "(?<n>a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(?<unit>days?|weeks?)\\s+(?<dir>after|before|earlier|later)"
            + "|the\\s+(?<adj>previous|next|following)\\s+(?:day|night|evening|morning|afternoon)"
            + "|the\\s+(?:day|night)\\s+(?<dir2>before|after)"
            + "|(?<that>(?:(?:earlier|later)\\s+)?that\\s+(?:day|evening|night|morning|afternoon))"
            + "|(?<same>the\\s+same\\s+day|(?:earlier|later)\\s+in\\s+the\\s+day))\\b");
    /** Counts written as words, shared with {@link RelativeMonths}. */
    static final Map<String, Integer> NUMBERS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4,
            "five", 5, "six", 6, "seven", 7);

    private RelativeDays() {
    }

    /**
     * Adds to found (sorted by start, offsets into the text) the relative days of region, which starts at offset;
     * an expression that overlaps one already found is left to it.
     */
    static void collect(List<TimeMention> found, CharSequence region, int offset, LocalDate paragraphDay,
            LocalDate toldDay, LocalDate articleDate) {
        Matcher m = OFFSET.matcher(region);
        while (m.find()) {
            int start = offset + m.start();
            int end = offset + m.end();
            if (TimeMention.overlapsAny(found, start, end)) {
                continue;
            }
            LocalDate named = anchorBefore(found, start);
            if (named == null && isConjunction(m)) {
                // "Two days after the vote, the opposition protested": the clause it leads is the later event, and
                // the day of the vote is not known; only "X on Sunday, a day after Y" gives Y its day
                continue;
            }
            // "later that day" points back at the day the story last told, in whichever paragraph
            LocalDate told = m.group("that") != null && toldDay != null ? toldDay : articleDate;
            LocalDate anchor = named != null ? named : paragraphDay != null ? paragraphDay : told;
            TimeMention.addInOrder(found, new TimeMention(start, end, resolve(m, anchor)));
        }
    }

    /** The last day named before {@code start}, or null. */
    private static LocalDate anchorBefore(List<TimeMention> found, int start) {
        LocalDate anchor = null;
        for (TimeMention t : found) {
            if (t.start() < start && t.point().precision() == DatePrecision.DAY) {
                anchor = t.point().date();
            }
        }
        return anchor;
    }

    /** "a day after", "two days before": they lead a clause of their own, unlike "a day earlier". */
    private static boolean isConjunction(Matcher m) {
        String dir = m.group("dir");
        return dir != null && (dir.equalsIgnoreCase("after") || dir.equalsIgnoreCase("before"));
    }

    private static TimePoint resolve(Matcher m, LocalDate anchor) {
        if (m.group("same") != null || m.group("that") != null) {
            return new TimePoint(anchor, DatePrecision.DAY);
        }
        if (m.group("adj") != null) {
            return new TimePoint(anchor.plusDays(m.group("adj").equalsIgnoreCase("previous") ? -1 : 1), DatePrecision.DAY);
        }
        if (m.group("dir2") != null) {
            return new TimePoint(anchor.plusDays(m.group("dir2").equalsIgnoreCase("before") ? -1 : 1), DatePrecision.DAY);
        }
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        boolean weeks = m.group("unit").toLowerCase(Locale.ROOT).startsWith("week");
        // "a day after X" dates X a day before the anchor; "a day before X" a day after it; "earlier"/"later" as said
        String dir = m.group("dir").toLowerCase(Locale.ROOT);
        int sign = dir.equals("after") || dir.equals("earlier") ? -1 : 1;
        LocalDate d = weeks ? anchor.plusWeeks((long) sign * count) : anchor.plusDays((long) sign * count);
        // a count of weeks is rough in news copy: the month is what it dates
        return new TimePoint(d, weeks ? DatePrecision.MONTH : DatePrecision.DAY);
    }
}
