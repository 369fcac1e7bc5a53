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
    /** The month (and day) printed right before a year: "December 2017", "March 3, 2025". */
    private static final Pattern MONTH_BEFORE = Pattern.compile(
            "(?<month>" + Months.MONTH_NAMES + ")\\.?\\s+(?:(?<day>\\d{1,2}),?\\s+)?$");
    private static final Pattern NUMBER_IN_NAME = Pattern.compile("(?i)(?:resolution|no\\.|number|flight|route|article|decree)\\s*$");
    private static final int MONTH_WINDOW = 16;
    private static final Pattern FUTURE = Pattern.compile("\\b(?:will|due|scheduled|planned|plans?|expected|until|next|by)\\b[^.]{0,60}$");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|On)\\s+(?<wd>" + Months.WEEKDAY_NAMES + ")\\b");
    private static final int WEEKDAY_SEARCH_YEARS = 7;

    private ArticleDating() {
    }

    public static ArticleDate date(ParsedDateline dateline, String body, Instant publishedAt, Instant receivedAt) {
        LocalDate received = (receivedAt == null ? Instant.now() : receivedAt).atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate published = publishedAt == null ? null : publishedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (dateline == null || !dateline.hasDay()) {
            return published != null ? new ArticleDate(published, DatePrecision.DAY, 0.9)
                    : new ArticleDate(received, DatePrecision.DAY, 0.4);
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
        DayOfWeek weekday = leadWeekday(body);
        if (weekday != null) {
            int from = notBefore != null ? notBefore : received.getYear();
            for (int k = 0; k < WEEKDAY_SEARCH_YEARS; k++) {
                int year = notBefore != null ? from + k : from - k;
                LocalDate d = safeDate(year, month, day);
                // the lead's weekday is the dateline's day or, in a story filed the morning after, the day before
                if (d != null && (d.getDayOfWeek() == weekday || d.minusDays(1).getDayOfWeek() == weekday)) {
                    return new ArticleDate(d, DatePrecision.DAY, notBefore != null ? 0.9 : 0.6);
                }
            }
        }
        if (notBefore != null) {
            return onDay(notBefore, month, day, 0.7, received);
        }
        int year = received.getYear();
        if (safeDate(year, month, day) != null && safeDate(year, month, day).isAfter(received.plusDays(2))) {
            year--;
        }
        return onDay(year, month, day, 0.4, received);
    }

    /** The earliest year the story can be from, given the past dates it mentions; null if it mentions none. */
    static Integer latestPastYear(String body, int month, int day) {
        Integer result = null;
        Matcher m = YEAR_MENTION.matcher(body);
        while (m.find()) {
            int sentenceStart = Math.max(body.lastIndexOf(". ", m.start()), body.lastIndexOf('\n', m.start()));
            String before = body.substring(Math.max(0, sentenceStart + 1), m.start());
            if (FUTURE.matcher(before).find() || isNumberInName(body, m.start())) {
                continue;
            }
            int year = Integer.parseInt(m.group("year"));
            int implied;
            Matcher printed = MONTH_BEFORE.matcher(body).region(Math.max(0, m.start() - MONTH_WINDOW), m.start());
            if (!printed.find()) {
                implied = year + 1;
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

    /** "resolution 2356" is a number, not a year. */
    private static boolean isNumberInName(String body, int start) {
        return NUMBER_IN_NAME.matcher(body).region(Math.max(0, start - 12), start).find();
    }

    private static DayOfWeek leadWeekday(String body) {
        int leadEnd = body.indexOf('\n');
        String lead = leadEnd < 0 ? body : body.substring(0, leadEnd);
        Matcher m = WEEKDAY.matcher(lead);
        return m.find() ? DayOfWeek.of(Months.weekday(m.group("wd"))) : null;
    }

    private static ArticleDate onDay(int year, int month, int day, double confidence, LocalDate fallback) {
        LocalDate d = safeDate(year, month, day);
        return d == null ? new ArticleDate(fallback, DatePrecision.DAY, 0.3) : new ArticleDate(d, DatePrecision.DAY, confidence);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
