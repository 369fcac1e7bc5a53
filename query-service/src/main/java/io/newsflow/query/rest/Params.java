package io.newsflow.query.rest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.newsflow.common.rest.ProblemException;
import io.newsflow.query.service.CameoCodes;

/** Parses query parameters; a value that does not fit is a 400 that names the parameter. */
final class Params {
    static final int MAX_TEXT = 200;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z][A-Z0-9+]{1,9}");
    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");

    private Params() {
    }

    /** Trimmed text, null when absent or blank. */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TEXT) {
            throw bad(name, value, "at most " + MAX_TEXT + " characters");
        }
        return trimmed;
    }

    /** The first day of a year, month or day: "2017" is 2017-01-01. */
    static LocalDate from(String value) {
        return date("from", value, false);
    }

    /** The last day of a year, month or day: "2017-06" is 2017-06-30. */
    static LocalDate to(String value, LocalDate from) {
        LocalDate to = date("to", value, true);
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badRequest("'from' (" + from + ") is after 'to' (" + to + ").");
        }
        return to;
    }

    private static LocalDate date(String name, String value, boolean end) {
        String text = text(name, value);
        if (text == null) {
            return null;
        }
        if (!DATE.matcher(text).matches()) {
            throw bad(name, value, "an ISO date: 2017, 2017-06 or 2017-06-03");
        }
        try {
            return switch (text.length()) {
                case 4 -> end ? LocalDate.of(Integer.parseInt(text), 12, 31) : LocalDate.of(Integer.parseInt(text), 1, 1);
                case 7 -> end ? YearMonth.parse(text).atEndOfMonth() : YearMonth.parse(text).atDay(1);
                default -> LocalDate.parse(text);
            };
        } catch (DateTimeParseException e) {
            throw bad(name, value, "a date that exists");
        }
    }

    static String country(String value) {
        String text = text("country", value);
        if (text == null) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(upper).matches()) {
            throw bad("country", value, "a country code such as RUS or an organisation code such as UN");
        }
        return upper;
    }

    static String cameo(String value) {
        String text = text("cameo", value);
        if (text != null && (!CAMEO.matcher(text).matches() || !CameoCodes.isKnown(text))) {
            throw bad("cameo", value, "a CAMEO code or code prefix of 2 to 4 digits, such as 04, 042 or 0211");
        }
        return text;
    }

    static String root(String value) {
        String text = text("root", value);
        if (text != null && !(CAMEO.matcher(text).matches() && CameoCodes.isRoot(text))) {
            throw bad("root", value, "a CAMEO root code from 01 to 20");
        }
        return text;
    }

    static Integer integer(String name, String value, int min, int max, Integer absent) {
        String text = text(name, value);
        if (text == null) {
            return absent;
        }
        try {
            int parsed = Integer.parseInt(text);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw bad(name, value, "a whole number from " + min + " to " + max);
    }

    static String oneOf(String name, String value, Set<String> allowed, boolean upperCase) {
        String text = text(name, value);
        if (text == null) {
            return null;
        }
        String normalised = upperCase ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT);
        if (!allowed.contains(normalised)) {
            throw bad(name, value, "one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
        return normalised;
    }

    static ProblemException bad(String name, String value, String expected) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "…" : value;
        return ProblemException.badRequest("Parameter '" + name + "' is '" + shown + "', expected " + expected + ".");
    }
}
