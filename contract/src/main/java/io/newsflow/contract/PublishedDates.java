package io.newsflow.contract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The forms of a publication date that uploads and article files give, read the same way by ingest and by the
 * command line: an ISO-8601 date-time with its offset, to the minute or finer ("2019-11-20T10:43Z",
 * "2017-06-03T12:00:00+03:00"), or a date ("2017-06-03", taken as midnight UTC).
 */
public final class PublishedDates {
    /** What a refusal names as the accepted forms. */
    public static final String FORMS = "an ISO-8601 date-time (2017-06-03T10:15:00Z) or date (2017-06-03)";

    private PublishedDates() {
    }

    /** The instant {@code value} gives, or null when it is neither form. */
    public static Instant parseOrNull(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }
}
