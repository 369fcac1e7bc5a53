package io.newsflow.extract.engine.article;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsflow.contract.PrintedDateline;

/**
 * The dateline at the start of the body, read by the contract's one dateline grammar ({@link PrintedDateline}), and
 * the engine's own reading of a place before a colon, which needs the gazetteer to confirm it.
 */
public final class DatelineParser {

    private DatelineParser() {
    }

    /**
     * "Dubai: The UAE has recorded", "Ahmedabad: Cyclone Tauktae": a place of one or two words in ordinary case and a
     * colon, as Gulf News and NDTV open a story. The grammar leaves it out, since "Analysis:" or "Ukraine:" open
     * headlines too; the caller keeps it only where the gazetteer knows the place. The Indian Express sets a space before
     * the colon: "New Delhi : Hours before".
     */
    private static final Pattern COLON_PLACE = Pattern.compile(
            "^[ \\t]*(\\p{Lu}\\p{Ll}{2,}(?:[ \\t]\\p{Lu}\\p{Ll}{2,})?)[ \\t]?:[ \\t]+(?=\\p{Lu})");

    /** A place and a colon opening the body, or null; see {@link #COLON_PLACE}. */
    public static ParsedDateline colonPlace(String body) {
        Matcher m = COLON_PLACE.matcher(body);
        return m.find() ? new ParsedDateline(m.group(1), m.group(1), null, null, 0, 0, 0, m.end()) : null;
    }

    /** The dateline at the start of body, or null when the body does not start with one. */
    public static ParsedDateline parse(String body) {
        PrintedDateline d = PrintedDateline.parse(body);
        return d == null ? null
                : new ParsedDateline(d.place(), d.city(), d.region(), d.agency(), d.month(), d.day(), d.year(), d.end());
    }
}
