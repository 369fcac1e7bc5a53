package io.newsflow.extract.engine.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.extract.engine.time.Months;

/**
 * The dateline styles of the agencies: "UN, June 3. /TASS/.", "MOSCOW, June 15 (Reuters) -",
 * "WASHINGTON (AP) —", "Beijing, March 3 (Xinhua) --", "PARIS, Jan 5 (AFP) -".
 */
public final class DatelineParser {
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(?<place>\\p{Lu}[\\p{L}.'\\-]*(?:\\s+\\p{Lu}[\\p{L}.'\\-]*){0,3})"
                    + "(?:,\\s*(?<region>\\p{Lu}[\\p{L}.']+(?:\\s+\\p{Lu}[\\p{L}.']+)?)(?=,\\s*(?:" + Months.MONTH_NAMES + ")|\\s*\\())?"
                    + "(?:,\\s*(?<month>" + Months.MONTH_NAMES + ")\\.?\\s+(?<day>\\d{1,2})(?:,\\s*(?<year>\\d{4}))?)?"
                    + "\\s*[.,]?\\s*"
                    + "(?:/\\s*(?<slashAgency>[\\p{L} -]{2,30}?)\\s*/\\s*\\.?"
                    + "|\\(\\s*(?<parenAgency>[\\p{L}.' -]{2,30}?)\\s*\\)\\s*(?:-{1,2}|[\u2014\u2013])?"
                    + "|(?<=\\S)\\s+(?:-{1,2}|[\u2014\u2013])\\s)\\s*");

    private DatelineParser() {
    }

    /** The dateline at the start of body, or null when the body does not start with one. */
    public static ParsedDateline parse(String body) {
        Matcher m = DATELINE.matcher(body);
        if (!m.find()) {
            return null;
        }
        String agency = m.group("slashAgency") != null ? m.group("slashAgency") : m.group("parenAgency");
        int month = m.group("month") == null ? 0 : Months.month(m.group("month"));
        int day = m.group("day") == null ? 0 : Integer.parseInt(m.group("day"));
        int year = m.group("year") == null ? 0 : Integer.parseInt(m.group("year"));
        return new ParsedDateline(m.group("place").strip(), agency == null ? null : agency.strip(), month, day, year, m.end());
    }
}
