package io.newsflow.extract.engine.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.DatePrecision;

/**
 * Time expressions of a sentence resolved against the article date: absolute ("May 29", "In December 2017",
 * "early 2016") and relative ("on Friday", "this year", "last week", "more than a year ago", "the year before").
 * All patterns are compiled once; the first that matches a stretch of text wins.
 */
public final class TimeExpressions {
    private static final String M = "(?<month>" + Months.MONTH_NAMES + ")\\.?";
    /** "on August 31 last year", "on 5 May next year": a day of the year before or after the story's. */
    private static final String WHICH_YEAR = "(?:\\s+(?<which>last|next) year\\b)?";
    private static final Pattern MONTH_DAY = Pattern.compile("\\b" + M + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>(?:19|20)\\d{2})\\b)?" + WHICH_YEAR);
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?<day>\\d{1,2})\\s+" + M + "(?:\\s+(?<year>(?:19|20)\\d{2}))?\\b" + WHICH_YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + M + ",?\\s+(?<year>(?:19|20)\\d{2})\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:in|since|during|early|late|mid|mid-|of|by|until|throughout|from)\\s*(?:(?:early|late|mid)-?\\s*)?(?<year>(?:19|20)\\d{2})\\b(?!\\s*(?:resolution|people|troops|officers|votes|missiles))");
    private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Ll]ast|[Tt]his|[Ee]arly|[Ll]ate|[Bb]y|[Uu]ntil|[Ee]arlier in)\\s+" + M + "\\b"
            + "(?:\\s+(?<which>last|this|next) year\\b)?");
    private static final Pattern WEEKDAY = Pattern.compile("\\b(?<rel>[Ll]ast |[Nn]ext |[Tt]his )?(?<wd>" + Months.WEEKDAY_NAMES
            + ")\\b(?:,? (?:of )?(?<week>last|next) week\\b)?");
    // "this evening", "tonight": the story's day, as RSS and other agencies date an act of that day; "last night" the
    // day before
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?<rel>yesterday|today|tomorrow|this year|last year|"
            + "this (?:morning|afternoon|evening)|tonight|last night|"
            + "the year before|a year earlier|the previous year|(?:more than |less than |about |nearly |almost )?a year ago|"
            + "this month|last month|(?:earlier )?this week|last week|next week|next year|next month|during the year|"
            + "(?:(?:later|earlier) )?that (?:same )?year|the same year|"
            + "(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2}) (?:days?|weeks?|months?|years?) ago)\\b");
    /** "two days ago", "three weeks ago", "six months ago": counted back from the article's date. */
    private static final Pattern AGO = Pattern.compile("(?:more than |less than |about |nearly |almost )?(?<n>\\w+) "
            + "(?<unit>day|week|month|year)s? ago");
    private static final java.util.List<String> COUNTS = java.util.List.of("one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    private TimeExpressions() {
    }

    /**
     * Expressions in text[from, to), offsets into text; anchorYear is the last year the text named before this
     * sentence ("the year before" counts from it), or null.
     */
    public static List<TimeMention> find(String text, int from, int to, LocalDate articleDate, Integer anchorYear) {
        return find(text, from, to, articleDate, anchorYear, null);
    }

    /**
     * As {@link #find(String, int, int, LocalDate, Integer)}; paragraphDay is the last day the sentences of the
     * paragraph before this one named ("the same day", "a day earlier" count from it), or null.
     */
    public static List<TimeMention> find(String text, int from, int to, LocalDate articleDate, Integer anchorYear,
            LocalDate paragraphDay) {
        return find(text, from, to, articleDate, anchorYear, paragraphDay, null);
    }

    /** As above; toldDay is the last day the story named before this sentence, in any paragraph, or null. */
    public static List<TimeMention> find(String text, int from, int to, LocalDate articleDate, Integer anchorYear,
            LocalDate paragraphDay, LocalDate toldDay) {
        List<TimeMention> found = new ArrayList<>();
        CharSequence region = text.subSequence(from, to);
        int cues = cues(text, from, to);
        if (cues == 0) {
            if (mentionsDay(region)) {
                RelativeDays.collect(found, region, from, paragraphDay, toldDay, articleDate);
            }
            return found;
        }
        int year = articleDate.getYear();
        if ((cues & (MONTH | YEAR4)) != 0 && (cues & DIGIT) != 0) {
            absolute(found, region, from, year, articleDate, cues);
        }
        if ((cues & MONTH) != 0) {
            collect(found, BARE_MONTH.matcher(region), from, m -> {
                LocalDate d = LocalDate.of(year, Months.month(m.group("month")), 1);
                if (m.group("which") != null) {
                    // "in August last year", "in March next year": the month of the year it names
                    return new TimePoint(d.plusYears(yearShift(m.group("which"))), DatePrecision.MONTH);
                }
                if (futureAround(region, m.start())) {
                    // "Germany would open a consulate in October": the next October from the story's month on
                    if (d.isBefore(articleDate.withDayOfMonth(1))) {
                        d = d.plusYears(1);
                    }
                } else if (d.isAfter(articleDate)) {
                    d = d.minusYears(1);
                }
                return new TimePoint(d, DatePrecision.MONTH);
            });
        }
        if ((cues & WEEKDAY_CUE) != 0) {
            collect(found, WEEKDAY.matcher(region), from, m -> {
                DayOfWeek day = DayOfWeek.of(Months.weekday(m.group("wd")));
                if (m.group("week") != null) {
                    // "on Sunday last week": that day of the week before the article's (weeks start on Monday)
                    LocalDate monday = articleDate.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                            .plusWeeks(m.group("week").equals("last") ? -1 : 1);
                    return new TimePoint(monday.with(TemporalAdjusters.nextOrSame(day)), DatePrecision.DAY);
                }
                boolean next = m.group("rel") != null && m.group("rel").trim().equalsIgnoreCase("next");
                // "will meet on Thursday"; in "said on Sunday they would talk" the future is the statement's
                boolean ahead = m.group("rel") == null && futureBefore(region, m.start());
                LocalDate d = next ? articleDate.with(TemporalAdjusters.next(day))
                        : ahead ? articleDate.with(TemporalAdjusters.nextOrSame(day))
                        : articleDate.with(TemporalAdjusters.previousOrSame(day));
                return new TimePoint(d, DatePrecision.DAY);
            });
        }
        if ((cues & RELATIVE_CUE) != 0) {
            collect(found, RELATIVE.matcher(region), from, m -> relative(m.group("rel").toLowerCase(), articleDate, anchorYear));
        }
        found.sort(java.util.Comparator.comparingInt(TimeMention::start));
        if (mentionsDay(region)) {
            RelativeDays.collect(found, region, from, paragraphDay, toldDay, articleDate);
        }
        RelativeMonths.collect(found, region, from);
        return found;
    }

    /** Words of a clause that speaks of what is still to come. */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|shall|would|'ll|’ll|is due to|are due to|is scheduled to|are scheduled to|is to|are to|"
                    // "Seoul's plan to compensate" is a noun, not the future
                    + "(?<!(?:\\ba|\\bthe|\\bits|\\bhis|\\bher|\\btheir|'s|’s) )plans? to)\\b");
    private static final int FUTURE_REACH = 60;

    /** Whether the clause's words before {@code at} ({@value #FUTURE_REACH} characters) speak of the future. */
    private static boolean futureBefore(CharSequence region, int at) {
        String before = region.subSequence(Math.max(0, at - FUTURE_REACH), at).toString();
        return FUTURE.matcher(before.substring(before.lastIndexOf(';') + 1)).find();
    }

    /**
     * Whether the words around {@code at} ({@value #FUTURE_REACH} characters either side, not past a semicolon) speak
     * of the future: "Germany would open a consulate in October", "in October, Germany will open". Point 7's
     * exception: no event date after the article date unless the sentence speaks of the future.
     */
    private static boolean futureAround(CharSequence region, int at) {
        String after = region.subSequence(at, Math.min(region.length(), at + FUTURE_REACH)).toString();
        int semicolon = after.indexOf(';');
        return futureBefore(region, at) || FUTURE.matcher(semicolon < 0 ? after : after.substring(0, semicolon)).find();
    }

    /** Whether the text could count days ("a day after", "the same day", "two days later"): most sentences cannot. */
    private static boolean mentionsDay(CharSequence region) {
        String s = region.toString();
        return s.contains("day ") || s.contains("days ") || s.contains("day,") || s.contains("day.")
                || s.contains("night ") || s.contains("week") || s.contains("evening") || s.contains("morning")
                || s.contains("afternoon");
    }

    private static final int DIGIT = 1;
    private static final int MONTH = 2;
    private static final int WEEKDAY_CUE = 4;
    private static final int RELATIVE_CUE = 8;
    private static final int YEAR4 = 16;
    private static final java.util.Set<String> MONTH_WORDS = java.util.Set.of(Months.MONTH_NAMES.split("\\|"));
    private static final java.util.Set<String> WEEKDAY_WORDS = java.util.Set.of(Months.WEEKDAY_NAMES.split("\\|"));
    private static final java.util.Set<String> RELATIVE_WORDS = java.util.Set.of("yesterday", "today", "tomorrow",
            "year", "month", "week", "days", "weeks", "months", "years", "Yesterday", "Today", "Tomorrow", "morning",
            "afternoon", "evening", "tonight", "night", "Tonight");

    /** Which kinds of expression the text could hold, from its words: most sentences need no regex at all. */
    private static int cues(String text, int from, int to) {
        int cues = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isDigit(c)) {
                int start = i;
                while (i < to && Character.isDigit(text.charAt(i))) {
                    i++;
                }
                cues |= DIGIT;
                if (i - start == 4 && (c == '1' || c == '2')) {
                    cues |= YEAR4;
                }
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < to && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                if (Character.isUpperCase(c)) {
                    String word = text.substring(start, i);
                    cues |= MONTH_WORDS.contains(word) ? MONTH : 0;
                    cues |= WEEKDAY_WORDS.contains(word) ? WEEKDAY_CUE : 0;
                    cues |= RELATIVE_WORDS.contains(word) ? RELATIVE_CUE : 0;
                } else if (i - start >= 4 && i - start <= 9) {
                    cues |= RELATIVE_WORDS.contains(text.substring(start, i)) ? RELATIVE_CUE : 0;
                }
            } else {
                i++;
            }
        }
        return cues;
    }

    private static void absolute(List<TimeMention> found, CharSequence region, int from, int year, LocalDate articleDate,
            int cues) {
        if ((cues & MONTH) == 0) {
            collect(found, YEAR.matcher(region), from,
                    m -> new TimePoint(LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), DatePrecision.YEAR));
            return;
        }
        collect(found, MONTH_DAY.matcher(region), from, m -> {
            int y = m.group("year") != null ? Integer.parseInt(m.group("year")) : -1;
            if (y < 0 && m.group("which") != null) {
                y = year + yearShift(m.group("which"));
            }
            LocalDate d = dayOrNull(y < 0 ? year : y, Months.month(m.group("month")), Integer.parseInt(m.group("day")));
            if (d != null && y < 0 && d.isAfter(articleDate.plusDays(180))) {
                d = d.minusYears(1);
            }
            return d == null ? null : new TimePoint(d, DatePrecision.DAY);
        });
        collect(found, DAY_MONTH.matcher(region), from, m -> {
            int y = m.group("year") != null ? Integer.parseInt(m.group("year"))
                    : m.group("which") != null ? year + yearShift(m.group("which")) : year;
            LocalDate d = dayOrNull(y, Months.month(m.group("month")), Integer.parseInt(m.group("day")));
            return d == null ? null : new TimePoint(d, DatePrecision.DAY);
        });
        collect(found, MONTH_YEAR.matcher(region), from, m -> new TimePoint(
                LocalDate.of(Integer.parseInt(m.group("year")), Months.month(m.group("month")), 1), DatePrecision.MONTH));
        collect(found, YEAR.matcher(region), from,
                m -> new TimePoint(LocalDate.of(Integer.parseInt(m.group("year")), 1, 1), DatePrecision.YEAR));
    }

    private static TimePoint relative(String rel, LocalDate date, Integer anchorYear) {
        int anchor = anchorYear == null ? date.getYear() : anchorYear;
        Matcher ago = AGO.matcher(rel);
        if (ago.matches()) {
            String n = ago.group("n");
            int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : COUNTS.indexOf(n) + 1; // "a", "an": 1
            count = Math.max(count, 1);
            return switch (ago.group("unit")) {
                case "day" -> new TimePoint(date.minusDays(count), DatePrecision.DAY);
                // "a week ago" is that day; "three weeks ago", "about a week ago" only their month
                case "week" -> new TimePoint(date.minusWeeks(count),
                        count == 1 && rel.startsWith(n + " ") ? DatePrecision.DAY : DatePrecision.MONTH);
                case "month" -> new TimePoint(date.minusMonths(count), DatePrecision.MONTH);
                default -> new TimePoint(date.minusYears(count), DatePrecision.YEAR);
            };
        }
        return switch (rel) {
            case "yesterday" -> new TimePoint(date.minusDays(1), DatePrecision.DAY);
            case "today", "this morning", "this afternoon", "this evening", "tonight" ->
                    new TimePoint(date, DatePrecision.DAY);
            case "last night" -> new TimePoint(date.minusDays(1), DatePrecision.DAY);
            case "tomorrow" -> new TimePoint(date.plusDays(1), DatePrecision.DAY);
            case "this year" -> new TimePoint(date, DatePrecision.YEAR);
            case "last year" -> new TimePoint(date.minusYears(1), DatePrecision.YEAR);
            case "next year" -> new TimePoint(date.plusYears(1), DatePrecision.YEAR);
            case "the year before", "a year earlier", "the previous year" ->
                    new TimePoint(LocalDate.of(anchor - 1, 1, 1), DatePrecision.YEAR);
            case "during the year" -> new TimePoint(LocalDate.of(anchor, 1, 1), DatePrecision.YEAR);
            case "that year", "that same year", "the same year", "later that year", "earlier that year",
                    "later that same year", "earlier that same year" ->
                    // "suspended in 2019 … Maduro broke off relations that year": the year named last
                    anchorYear == null ? null : new TimePoint(LocalDate.of(anchorYear, 1, 1), DatePrecision.YEAR);
            case "this month" -> new TimePoint(date, DatePrecision.MONTH);
            case "last month" -> new TimePoint(date.minusMonths(1), DatePrecision.MONTH);
            case "next month" -> new TimePoint(date.plusMonths(1), DatePrecision.MONTH);
            case "last week" -> new TimePoint(date.minusWeeks(1), DatePrecision.MONTH);
            case "next week" -> new TimePoint(date.plusWeeks(1), DatePrecision.MONTH);
            default -> new TimePoint(date, DatePrecision.MONTH); // this week
        };
    }

    private interface Resolver {
        TimePoint resolve(Matcher m);
    }

    private static void collect(List<TimeMention> found, Matcher m, int offset, Resolver resolver) {
        while (m.find()) {
            int start = offset + m.start();
            int end = offset + m.end();
            boolean overlaps = false;
            for (TimeMention t : found) {
                if (start < t.end() && t.start() < end) {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps) {
                TimePoint p = resolver.resolve(m);
                if (p != null) {
                    found.add(new TimeMention(start, end, p));
                }
            }
        }
    }

    /** "last" year is the one before the story's, "next" the one after, "this" its own. */
    private static int yearShift(String which) {
        return switch (which) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static LocalDate dayOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
