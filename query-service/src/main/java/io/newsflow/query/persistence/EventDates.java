package io.newsflow.query.persistence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import io.newsflow.contract.DatePrecision;

/** The days an event date covers: "2017-06" at MONTH precision spans June 1 to June 30. */
public record EventDates(LocalDate start, LocalDate end) {

    public static EventDates of(String date, DatePrecision precision) {
        if (date == null) {
            return null;
        }
        DatePrecision effective = precision != null ? precision
                : date.length() == 4 ? DatePrecision.YEAR : date.length() == 7 ? DatePrecision.MONTH : DatePrecision.DAY;
        try {
            return switch (effective) {
                case YEAR -> {
                    int year = Integer.parseInt(date.substring(0, 4));
                    yield new EventDates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
                }
                case MONTH -> {
                    YearMonth month = YearMonth.parse(date.substring(0, 7));
                    yield new EventDates(month.atDay(1), month.atEndOfMonth());
                }
                case DAY -> {
                    LocalDate day = LocalDate.parse(date);
                    yield new EventDates(day, day);
                }
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            return null;
        }
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }
}
