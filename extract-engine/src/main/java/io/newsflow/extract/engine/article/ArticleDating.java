package io.newsflow.extract.engine.article;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.DatePrecision;
import io.newsflow.extract.engine.time.Months;

/**
 * The year of a dateline that prints none. Given publishedAt, its year. Otherwise the story is later than every
 * past event it dates ("In December 2017, the Council voted" in a June story means 2018), a weekday in the lead
 * ("said on Friday") must fall on the dateline's day, and the time the article arrived is the last resort.
 */
public final class ArticleDating {
    private static final Pattern YEAR_MENTION = Pattern.compile("\\b(?<year>(?:19|20)\\d{2})\\b");
    /** The first year and the dash of a range the year ends: "for 2024-2025", "2024–25". */
    private static final Pattern RANGE_END = Pattern.compile("(?:19|20)\\d{2}\\s?[-\u2013]\\s?$");
    /** The month (and day) printed right before a year: "December 2017", "March 3, 2025". */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?<month>" + Months.MONTH_NAMES + ")\\.?\\s+(?:(?<day>\\d{1,2}),?\\s+)?$");
    private static final Pattern NUMBER_IN_NAME = Pattern.compile("(?i)(?:resolution|no\\.|number|flight|route|article|decree)\\s*$");
    private static final int MONTH_WINDOW = 16;
    private static final int BEFORE_WINDOW = 100;
    /** A year the sentence looks forward to: "will hold elections in 2027", "due in 2030". */
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|due|scheduled|planned|plans?|expected|aims?|targets?)\\b[^.]{0,50}$");
    /** A deadline right before the year: "by 2030", "until March 2031" ("by decree in December 2024" is past). */
    private static final Pattern DEADLINE = Pattern.compile(
            "\\b(?:by|until|till|through)\\s+(?:(?:" + Months.MONTH_NAMES + ")\\.?\\s+(?:\\d{1,2},?\\s+)?)?$");
    /** A weekday of the lead that dates its news: "said Monday", "on Friday"; not "since Saturday", "Sunday's poll". */
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?<!since |last |next |until |by |from |before |after |this )\\b(?<wd>" + Months.WEEKDAY_NAMES
                    + ")\\b(?!['’]s)");
    private static final int WEEKDAY_SEARCH_YEARS = 7;
    /** Auxiliaries of a future anywhere in the clause before a weekday: "will close ... from noon on Friday". */
    private static final Pattern FUTURE_CLAUSE = Pattern.compile("\\b(?:will|shall|is due to|are due to)\\b");
    /** A mentioned year at most this far back anchors a forward search; older ones only bound it. */
    private static final int RECENT_YEARS = 12;
    private static final int MIN_YEAR = 1900;

    private ArticleDating() {
    }

    public static ArticleDate date(ParsedDateline dateline, String body, Instant publishedAt, Instant receivedAt) {
        return date(dateline, body, publishedAt, receivedAt, null);
    }

    /**
     * The date, where {@code tenure} (may be null) holds the years in which the people the story names held the
     * titles it gives them: the year is searched inside it.
     */
    public static ArticleDate date(ParsedDateline dateline, String body, Instant publishedAt, Instant receivedAt,
            YearRange tenure) {
        LocalDate received = (receivedAt == null ? Instant.now() : receivedAt).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate published = publishedAt == null ? null : publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (dateline == null || !dateline.hasDay()) {
            LocalDate lead = published == null ? leadFullDate(body, received) : null;
            return published != null ? new ArticleDate(published, DatePrecision.DAY, 0.9)
                    : lead != null ? new ArticleDate(lead, DatePrecision.DAY, 0.7)
                    : new ArticleDate(received, DatePrecision.DAY, 0.4, false);
        }
        int month = dateline.month();
        int day = dateline.day();
        if (dateline.year() > 0) {
            return onDay(dateline.year(), month, day, 1.0, received);
        }
        if (published != null) {
            int year = published.getYear();
            if (month == 12 && published.getMonthValue() == 1) {
                year--;
            }
            return onDay(year, month, day, 0.95, received);
        }
        Integer notBefore = latestPastYear(body, month, day);
        Integer mentioned = notBefore;
        DayOfWeek weekday = leadWeekday(body);
        // A day of this year after the arrival is last year's, but for the one day by which a dateline east of UTC
        // may run ahead of the arrival's UTC date ("TOKYO, Dec 5" received at 23:00 UTC on Dec 4)
        LocalDate thisYears = safeDate(received.getYear(), month, day);
        int lastYear = thisYears != null && thisYears.isAfter(received.plusDays(1)) ? received.getYear() - 1
                : received.getYear();
        if (tenure != null && tenure.from() <= lastYear && (notBefore == null || notBefore <= tenure.to())) {
            notBefore = notBefore == null ? tenure.from() : Math.max(notBefore, tenure.from());
            lastYear = Math.min(lastYear, tenure.to());
        }
        if (weekday != null) {
            // a year the story mentions is recent to it and is searched forward from; the start of a named office
            // holder's tenure only bounds the search, which then runs back from the latest year (Zakharova has been
            // spokeswoman since 2015: a Monday, June 24 of hers is 2024 before 2019)
            boolean forward = recentBound(notBefore, lastYear) && mentioned != null && mentioned.equals(notBefore);
            LocalDate fitting = yearByWeekday(month, day, weekday, notBefore, lastYear, forward);
            if (fitting != null) {
                return new ArticleDate(fitting, DatePrecision.DAY, recentBound(notBefore, lastYear) ? 0.9 : 0.6);
            }
        }
        if (notBefore != null && notBefore <= lastYear) {
            // a year the story mentions is recent to it; a tenure only bounds it, and the latest year in it is likeliest
            return onDay(mentioned != null && mentioned.equals(notBefore) ? notBefore : lastYear, month, day, 0.7,
                    received);
        }
        return onDay(lastYear, month, day, 0.4, received);
    }

    /**
     * The year in which the dateline's day falls on the lead's weekday. Past years a story mentions are usually
     * recent to it, so a recent lower bound is searched forward; an old one ("the 1949 Geneva Conventions") only
     * bounds a search that runs back from the arrival. The exact weekday is tried first over the whole range, then
     * the day after it (a story filed the morning after).
     */
    private static LocalDate yearByWeekday(int month, int day, DayOfWeek weekday, Integer notBefore, int lastYear,
            boolean forward) {
        int floor = Math.max(MIN_YEAR, notBefore == null ? lastYear - WEEKDAY_SEARCH_YEARS : notBefore);
        for (int lag = 0; lag <= 1; lag++) {
            for (int k = 0; k <= lastYear - floor && k <= WEEKDAY_SEARCH_YEARS * 3; k++) {
                int year = forward ? floor + k : lastYear - k;
                LocalDate d = safeDate(year, month, day);
                if (d != null && d.minusDays(lag).getDayOfWeek() == weekday) {
                    return d;
                }
            }
        }
        return null;
    }

    private static boolean recentBound(Integer notBefore, int lastYear) {
        return notBefore != null && notBefore <= lastYear && lastYear - notBefore <= RECENT_YEARS;
    }

    /** The earliest year the story can be from, given the past dates it mentions; null if it mentions none. */
    static Integer latestPastYear(String body, int month, int day) {
        Integer result = null;
        Matcher m = YEAR_MENTION.matcher(body);
        while (m.find()) {
            String before = body.substring(sentenceStartNear(body, m.start()), m.start());
            if (FUTURE.matcher(before).find() || DEADLINE.matcher(before).find() || isNumberInName(body, m.start())
                    || RANGE_END.matcher(before).find()) {
                continue; // (a programme "for 2024-2025" runs from its first year, the story's)
            }
            int year = Integer.parseInt(m.group("year"));
            int implied;
            Matcher printed = MONTH_BEFORE.matcher(body).region(Math.max(0, m.start() - MONTH_WINDOW), m.start());
            if (!printed.find()) {
                implied = year; // "in 2017", "EXERCISE-2021": the story is of that year or later
            } else {
                int mentionedMonth = Months.month(printed.group("month"));
                int mentionedDay = printed.group("day") == null ? 31 : Integer.parseInt(printed.group("day"));
                boolean later = mentionedMonth > month || (mentionedMonth == month && mentionedDay > day);
                implied = later ? year + 1 : year;
            }
            result = result == null ? implied : Math.max(result, implied);
        }
        return result;
    }

    /**
     * Where the sentence of offset starts, looked for at most {@value #BEFORE_WINDOW} characters back (FUTURE and
     * DEADLINE end at the year and span less): a search back to the last full stop, for every year of a text
     * without one, would cost the square of the text.
     */
    private static int sentenceStartNear(String body, int offset) {
        int windowStart = Math.max(0, offset - BEFORE_WINDOW);
        for (int i = offset - 1; i >= windowStart; i--) {
            if (body.charAt(i) == '\n' || body.charAt(i) == '.' && i + 1 < offset && body.charAt(i + 1) == ' ') {
                return i + 1;
            }
        }
        return windowStart;
    }

    /** "resolution 2356" is a number, not a year. */
    private static boolean isNumberInName(String body, int start) {
        return NUMBER_IN_NAME.matcher(body).region(Math.max(0, start - 12), start).find();
    }

    /** The story's first paragraph. */
    private static String lead(String body) {
        int leadEnd = body.indexOf('\n');
        return leadEnd < 0 ? body : body.substring(0, leadEnd);
    }

    private static DayOfWeek leadWeekday(String body) {
        String lead = lead(body);
        Matcher m = WEEKDAY.matcher(lead);
        while (m.find()) {
            String before = lead.substring(Math.max(0, m.start() - FUTURE_REACH), m.start());
            int clause = Math.max(before.lastIndexOf(','), before.lastIndexOf('.'));
            // ("Poland will close the crossing with Belarus from noon on Friday, the minister announced on Thursday":
            // the whole clause before the weekday, however long, tells a future)
            String wholeClause = lead.substring(0, m.start());
            wholeClause = wholeClause.substring(Math.max(wholeClause.lastIndexOf(','), wholeClause.lastIndexOf('.')) + 1);
            if (!FUTURE.matcher(before.substring(clause + 1)).find() && !FUTURE_CLAUSE.matcher(wholeClause).find()) {
                return DayOfWeek.of(Months.weekday(m.group("wd")));
            }
            // "a ceasefire that will take effect on Wednesday": a day to come does not date the news
        }
        return null;
    }

    /** A full date in a lead: "on Tuesday, January 7, 2025", "on 7 January 2025", "on Friday (August 23, 2024)". */
    private static final Pattern FULL_DATE = Pattern.compile("\\bon (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
            + "Saturday|Sunday),? \\(?)?(?:(?<month>" + Months.MONTH_NAMES + ")\\.? (?<day>\\d{1,2}),? (?<year>(?:19|20)\\d{2})"
            + "|(?<dayFirst>\\d{1,2}) (?<monthAfter>" + Months.MONTH_NAMES + "),? (?<yearAfter>(?:19|20)\\d{2}))\\b");

    /**
     * "The Indonesian government on Tuesday, January 7, 2025, welcomed": the full date the lead gives its news, for a
     * story with neither a dated dateline nor publishedAt; null when the lead gives none, or one after the arrival.
     */
    private static LocalDate leadFullDate(String body, LocalDate received) {
        Matcher m = FULL_DATE.matcher(lead(body));
        if (!m.find()) {
            return null;
        }
        boolean monthFirst = m.group("month") != null;
        int month = Months.month(monthFirst ? m.group("month") : m.group("monthAfter"));
        LocalDate d = safeDate(Integer.parseInt(monthFirst ? m.group("year") : m.group("yearAfter")), month,
                Integer.parseInt(monthFirst ? m.group("day") : m.group("dayFirst")));
        return d == null || d.isAfter(received) ? null : d;
    }

    /**
     * The day a web story's news happened, when its date is the page's publication day and its lead names the
     * weekday: "Pakistan and Iran on Monday agreed", published on Tuesday, tells Monday's news, and so does every
     * later sentence that names no time of its own. Null when the story is dated by its dateline, or its lead names
     * no weekday of the six days up to the publication.
     */
    public static LocalDate newsDay(ParsedDateline dateline, String body, LocalDate published) {
        if (published == null || dateline != null && dateline.hasDay()) {
            return null;
        }
        DayOfWeek weekday = leadWeekday(body);
        if (weekday == null) {
            // "Leaders of the EAC yesterday called for": a paper's lead tells the day before its date
            return YESTERDAY.matcher(lead(body)).find() ? published.minusDays(1) : null;
        }
        LocalDate day = published;
        while (day.getDayOfWeek() != weekday) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static final Pattern YESTERDAY = Pattern.compile("\\byesterday\\b");

    /** How far before a weekday the words of a future may stand. */
    private static final int FUTURE_REACH = 40;

    private static ArticleDate onDay(int year, int month, int day, double confidence, LocalDate fallback) {
        LocalDate d = safeDate(year, month, day);
        return d == null ? new ArticleDate(fallback, DatePrecision.DAY, 0.3, false) : new ArticleDate(d, DatePrecision.DAY, confidence);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
