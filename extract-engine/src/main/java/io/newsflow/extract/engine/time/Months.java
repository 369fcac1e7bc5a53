package io.newsflow.extract.engine.time;

import java.util.Locale;

import io.newsflow.contract.PrintedDateline;

/** Month and weekday names as wire copy writes them ("Jan", "Jan.", "January", "Sept."). */
public final class Months {
    public static final String MONTH_NAMES = PrintedDateline.MONTH_NAMES;
    public static final String WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private Months() {
    }

    /** 1..12 for a month name or abbreviation. */
    public static int month(String name) {
        return PrintedDateline.month(name);
    }

    /** 1 (Monday) .. 7 (Sunday). */
    public static int weekday(String name) {
        String[] names = WEEKDAY_NAMES.toLowerCase(Locale.ROOT).split("\\|");
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(n)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("Not a weekday: " + name);
    }
}
