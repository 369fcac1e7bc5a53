package io.newsflow.extract.engine.time;

import java.time.LocalDate;

import io.newsflow.contract.DatePrecision;

/** A date at the precision the text supports, printed as "2017-06-03", "2017-06" or "2017". */
public record TimePoint(LocalDate date, DatePrecision precision) {

    public String text() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }
}
