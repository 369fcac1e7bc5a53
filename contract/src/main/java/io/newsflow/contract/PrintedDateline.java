package io.newsflow.contract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline at the start of a wire story's body, as the agencies print it: "UN, June 3. /TASS/.",
 * "MOSCOW, June 15 (Reuters) -", "CONAKRY, Guinea (AP) —", "Beijing, March 3 (Xinhua) --", "LANGKAWI, Jan 20 —",
 * "MOSCOW (UrduPoint News / Sputnik - 11th May, 2021)", "LONDON, 3 January 2024 (AFP) -", "Rabat, 05/11/2024 (MAP) -",
 * "(ANSA) - ROME, OCT 11 -", "YEREVAN, MARCH 14, ARMENPRESS.", "Addis Ababa, May 14/2024 (ENA) -",
 * "10/08/2024 11:35, PARIS/France (TAP) -", "DUBAI, United Arab Emirates
 * (AP) —", "Moscow. January 3. INTERFAX -", or the place alone on the body's first line ("GENEVA").
 * One grammar for everything that reads wire text: ingest splits stories with it, the engine reads the dateline.
 *
 * @param city the place as printed, before any region ("CONAKRY"); null when the agency printed none ("(Reuters) -")
 * @param region the region or country printed after it ("Guinea"), or null
 * @param agency the agency printed in the dateline, or null
 * @param month 1..12, 0 when the dateline prints no date
 * @param day 1..31, 0 when the dateline prints no date
 * @param year the printed year, 0 when none
 * @param end offset in the body where the story proper starts
 */
public record PrintedDateline(String city, String region, String agency, int month, int day, int year, int end) {

    public static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String MONTH_PREFIXES = "jan feb mar apr may jun jul aug sep oct nov dec";
    /** The month names as printed in a dateline, in capitals too ("OCT 11", "MARCH 14"). */
    private static final String MONTHS_ANY_CASE = MONTH_NAMES + "|" + MONTH_NAMES.toUpperCase(Locale.ROOT);

    /** The months of the Hijri calendar as Gulf agencies spell them in English ("Rabi'I", "Jumada Al-Akhirah"). */
    private static final String HIJRI_MONTHS = "Muharram|Safar|Rabi['’ -]?(?:I{1,2}|[Aa]l-[Aa]wwal|[Aa]l-[Aa]khir|[Aa]l-[Tt]hani)"
            + "|Jumada['’ -]?(?:I{1,2}|[Aa]l-[Uu]la|[Aa]l-[Aa]khirah|[Aa]l-[Aa]wwal|[Aa]l-[Tt]hani)|Rajab|Sha['’]?ban|Ramadan"
            + "|Shawwal|Dhu(?:[ -]?a?l)?[ -]?(?:Qa['’]?dah|Hijjah)";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    // "BEIRUT/JERUSALEM": a story filed from two places names both
    // "Rio de Janeiro", "Dar es Salaam": a particle in lower case may join the words of a name
    private static final String PLACE = "\\p{Lu}[\\p{L}.'’\\-]*(?:(?:\\s+|/)(?:(?:de|da|do|dos|del|es|el)\\s+)?\\p{Lu}[\\p{L}.'’\\-]*){0,3}";
    private static final Pattern DATELINE = Pattern.compile(
            // TAP opens with the date and time in figures: "10/08/2024 11:35, PARIS/France (TAP) -"
            "^[ \\t]*(?:(?<preDay>\\d{1,2})/(?<preMonth>\\d{1,2})/(?<preYear>\\d{4})(?:[ \\t]+\\d{1,2}:\\d{2})?,[ \\t]*)?"
                    + "(?<place>" + PLACE + ")"
                    // ANI prints the region in brackets: "Riyadh [Saudi Arabia], September 10 (ANI):"
                    + "(?:[ \\t]*\\[(?<bracketRegion>[^\\]\\n]{2,40})\\])?"
                    // PTI names the district in round brackets before the date: "Dera Baba Nanak (Gurdaspur), Nov 9
                    // (PTI)"; the agency is the bracket after the date
                    + "(?:[ \\t]*\\([^()\\n]{2,40}\\)(?=,[ \\t]*(?:" + MONTHS_ANY_CASE + "|\\d{1,2}[ \\t]+(?:" + MONTHS_ANY_CASE + "))))?"
                    // the region may be of several words: "DUBAI, United Arab Emirates", "GOMA, Democratic Republic of Congo"
                    // (a weekday before the date is no region: "RAMALLAH, Tuesday, September 10, 2024 (WAFA)")
                    + "(?:,[ \\t]*(?!" + WEEKDAYS + "\\b)(?<region>\\p{Lu}[\\p{L}.'’]+(?:[ \\t]+(?:of[ \\t]+)?\\p{Lu}[\\p{L}.'’]+){0,3})"
                    + "(?=,[ \\t]*(?:\\d{1,2}[ \\t]+)?(?:" + MONTH_NAMES + ")|[ \\t]*\\(|[ \\t]+(?:-{1,2}|[\u2014\u2013])[ \\t]))?"
                    // SPA prints the Hijri date before the Gregorian one: "Riyadh, Rabi'I 23, 1437, Jan 03, 2016, SPA --"
                    + "(?:,[ \\t]*(?:" + HIJRI_MONTHS + ")[ \\t]+\\d{1,2},[ \\t]*\\d{4}(?:[ \\t]*A?H)?(?=,))?"
                    // "June 15", "June 15, 2024", and day first as AFP and Interfax print it: "3 January 2024"; a full
                    // stop may stand for the comma ("Moscow. January 3.")
                    // ANSA and Armenpress print the month in capitals ("ROME, OCT 11", "YEREVAN, MARCH 14"), ENA the
                    // year after a slash ("Addis Ababa, May 14/2024")
                    // Ahram Online names the weekday first: "Cairo, Sunday 16 Nov 2025 (Ahram Online) -"
                    + "(?:[,.][ \\t]*(?:(?:" + WEEKDAYS + "),?[ \\t]+)?"
                    + "(?:(?<month>" + MONTHS_ANY_CASE + ")\\.?[ \\t]+(?<day>\\d{1,2})(?:(?:,[ \\t]*|/)(?<year>\\d{4}))?"
                    + "|(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?<monthAfter>" + MONTHS_ANY_CASE + ")\\.?(?:,?[ \\t]+(?<yearAfter>\\d{4}))?"
                    // in figures, day first, as Ukrinform and MAP print it: "KYIV, 14.11.2023 (Ukrinform) -",
                    // "Rabat, 05/11/2024 (MAP) -"
                    + "|(?<numDay>\\d{1,2})(?<numSep>[./])(?<numMonth>\\d{1,2})\\k<numSep>(?<numYear>\\d{4})))?"
                    + "[ \\t]*[.,]?[ \\t]*"
                    + "(?:/[ \\t]*(?<slashAgency>[\\p{L} -]{2,30}?)[ \\t]*/[ \\t]*[.:]?"
                    // EFE closes with a full stop before its dash: "BOGOTA, Sept 26 (EFE).-"
                    // Agenzia Nova puts a dash before its name as well: "Rome, 23 Jan - (Agenzia Nova) -"
                    + "|(?:(?:-{1,2}|[\u2014\u2013])[ \\t]*)?\\([ \\t]*(?<paren>[^()\\n]{2,80}?)[ \\t]*\\)[ \\t]*\\.?(?<parenDash>-{1,2}|[\u2014\u2013]|:)?"
                    // an agency in capitals before the dash, after a printed date: "Moscow. January 3. INTERFAX -"
                    // or after a comma, as SPA prints it: "Riyadh, November 20, 2024, SPA --"
                    // or with a full stop or a colon, as Armenpress prints it: "YEREVAN, MARCH 14, ARMENPRESS. Minister",
                    // "YEREVAN, OCTOBER 11, ARMENPRESS: The"
                    // or with a slash or at the end of its line, as AZERTAC prints it: "Baku, November 20, AZERTAC /"
                    // or with its web address and a slash, as Report.az prints it: "Baku. 5 April. REPORT.AZ/ Azerbaijan"
                    + "|(?<=[.,])[ \\t]*(?<capsAgency>\\p{Lu}{3,12}(?:\\.\\p{Lu}{2,3}(?=/))?)(?:[ \\t]+(?:-{1,2}|[\u2014\u2013]|/)[ \\t]|/[ \\t]+|\\.[ \\t]+(?=\\p{Lu})|(?<agencyColon>:)[ \\t]+|[ \\t]*\\R)"
                    // or in ordinary case after the date, as Kyodo printed it: "BEIJING, Nov. 10 Kyodo - Japanese"
                    // or after the year and a comma, as Asia-Plus prints it: "DUSHANBE, September 29, 2015, Asia-Plus --"
                    + "|(?<=\\d[ \\t]{1,3}|\\d{4},[ \\t]{1,3})(?<wordAgency>\\p{Lu}\\p{Ll}{2,11}(?:-\\p{Lu}\\p{Ll}{1,11})?)[ \\t]+(?:-{1,2}|[\u2014\u2013])[ \\t]"
                    + "|(?<=\\S)[ \\t]+(?:-{1,2}|[\u2014\u2013])[ \\t]"
                    // the Yemen Times sets its dash right after the day: "SANA'A, Nov. 23\u2014President Saleh"
                    + "|(?<=\\d)\u2014(?=\\p{Lu})"
                    // Trend and APA close the date with a full stop and go straight on: "BAKU, Azerbaijan, Oct. 8. The"
                    + "|(?<dateStop>(?<=\\d\\.[ \\t]{1,3}))(?=\\p{Lu}\\p{Ll})"
                    // the Tribune ends its dateline's line with the date: "Panchkula, August 25\nA special CBI court"
                    + "|(?<dateBreak>(?<=\\d))[ \\t]*\\R(?=[ \\t]*\\p{Lu})"
                    // "ISLAMABAD: Pakistan on Monday said", as South Asian papers print it: a place in capitals
                    + "|(?<colonPlace>(?<=\\p{Lu}{3})[ \\t]?:)[ \\t]"
                    // the Libya Herald closes its full date with a colon: "Tripoli, 10 March 2021: The House"
                    + "|(?<=\\d{4}):[ \\t]"
                    // APS joins the dash to the place: "ALGIERS- The remains"; the Asahi Shimbun joins two hyphens
                    // to both: "BEIJING--China on Saturday"
                    + "|(?<=\\p{Lu}{3})(?:-[ \\t]|--(?=\\p{Lu})))[ \\t]*");
    /**
     * National news agencies that print their name where a place or region would stand: after the place with a comma
     * ("Tehran, IRNA --"), after it with a dash ("Baghdad-INA"), or alone before the date ("STA, 17 July 2025 -").
     */
    private static final java.util.Set<String> NATIONAL_AGENCIES = java.util.Set.of("IRNA", "ISNA", "IRIB", "KUNA",
            "SANA", "MENA", "KCNA", "QNA", "WAM", "SPA", "BNA", "ONA", "PNA", "VNA", "ENA", "APP", "PTI", "IANS", "ANI",
            "UNB", "BSS", "NNA", "APA", "AKI", "TASS", "AAP", "NAN", "GNA", "APS", "MAP", "TAP", "SUNA", "PETRA", "SABA",
            "WAFA", "KPL", "AKP", "BERNAMA", "ANTARA", "XINHUA", "YONHAP", "KYODO", "INA", "STA", "BTA", "CTK", "TASR",
            "MTI", "HINA", "LETA", "ELTA", "PAP", "ANP", "NTB", "TT", "STT", "ATS", "SDA", "ANSA", "EFE");
    /** "Baghdad-INA" on its own line, or before the lead: the place, a dash, a national agency. */
    private static final Pattern PLACE_DASH_AGENCY = Pattern.compile("^[ \\t]*(?<place>\\p{Lu}\\p{Ll}[\\p{L}'’]*"
            + "(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’]*){0,2})[ \\t]*[-\u2013\u2014][ \\t]*(?<agency>\\p{Lu}{2,8})"
            + "(?:[ \\t]*\\R|[ \\t]*(?:-{1,2}|[\u2014\u2013]|:)[ \\t]*)");
    /**
     * A line of its own that gives the story's date, with the outlet's name before it as some web papers print it:
     * "Sierra Leone Telegraph: 27 November 2023:", "Monday, November 27, 2023". It places nothing.
     */
    private static final Pattern DATE_LINE = Pattern.compile("^[ \\t]*(?:(?<outlet>\\p{Lu}[\\p{L}&.'’]*(?:[ \\t]+"
            + "(?:&[ \\t]+)?\\p{Lu}[\\p{L}.'’]*){0,4})[ \\t]*[:|\u2013\u2014-][ \\t]*)?"
            + "(?:(?:" + WEEKDAYS + "),?[ \\t]+)?"
            + "(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?<month>" + MONTH_NAMES + ")\\.?,?"
            + "|(?<monthFirst>" + MONTH_NAMES + ")\\.?[ \\t]+(?<dayAfter>\\d{1,2}),?)"
            + "[ \\t]+(?<year>(?:19|20)\\d{2})[ \\t]*[:.]?[ \\t]*(?:\\R|$)");
    /**
     * The outlet, the place and the day between slashes on a line of their own, the year in two figures, as Civil.ge
     * prints it: "Civil Georgia, Tbilisi / 30 May.'17 / 22:10".
     */
    private static final Pattern OUTLET_PLACE_SLASH_DATE = Pattern.compile("^[ \\t]*(?<outlet>\\p{Lu}[\\p{L}.'’&]*"
            + "(?:[ \\t]+\\p{Lu}[\\p{L}.'’&]*){0,3}),[ \\t]*(?<place>" + PLACE + ")[ \\t]*/[ \\t]*(?<day>\\d{1,2})[ \\t]+"
            + "(?<month>" + MONTH_NAMES + ")\\.?[ \\t]*['’](?<year>\\d{2})(?:[ \\t]*/[ \\t]*\\d{1,2}:\\d{2})?[ \\t]*(?:\\R|$)");
    /** "By John Smith" alone on the first line, before the dateline. */
    private static final Pattern BYLINE = Pattern.compile("^[ \\t]*By[ \\t]+\\p{Lu}[^\\n.]{1,60}\\R");
    /** Labels in capitals that open a story before a colon and place nothing. */
    private static final java.util.Set<String> NOT_PLACES = java.util.Set.of("BREAKING", "UPDATE", "UPDATED",
            "EXCLUSIVE", "ANALYSIS", "OPINION", "EDITORIAL", "WATCH", "LIVE", "VIDEO", "PHOTOS", "CORRECTION", "NOTE",
            "WARNING", "FACTBOX", "EXPLAINER", "INTERVIEW", "REVIEW", "COMMENT", "URGENT", "FLASH",
            // labels and a paper's sections, which the engine would otherwise take for a town it does not list
            "PHOTO", "AUDIO", "LISTEN", "READ", "SPONSORED", "ADVERTISEMENT", "PODCAST", "GALLERY", "FEATURE", "OBITUARY",
            "RECAP", "TIMELINE", "QUIZ", "POLITICS", "BUSINESS", "WORLD", "NATION", "NATIONAL", "SPORT", "SPORTS",
            "HEALTH", "TECH", "TECHNOLOGY", "SCIENCE", "ENTERTAINMENT", "CULTURE", "LIFESTYLE", "OPED", "LETTERS",
            "EDITORIALS", "COLUMN", "DEVELOPING", "FACT CHECK", "EDITOR'S NOTE");
    /** "(Reuters) - Apple said", "Jan 3 (Reuters) -": a story the agency filed without a place. */
    private static final Pattern AGENCY_ONLY = Pattern.compile(
            "^[ \\t]*(?:(?<month>" + MONTH_NAMES + ")\\.?[ \\t]+(?<day>\\d{1,2})(?:,[ \\t]*(?<year>\\d{4}))?[ \\t]*)?"
                    + "\\([ \\t]*(?<agency>\\p{Lu}[\\p{L}.]{1,20})[ \\t]*\\)[ \\t]*(?:-{1,2}|[\u2014\u2013])[ \\t]*");
    /** A web address printed where a place would stand: "AKIPRESS.COM", "Kabulnow.com". */
    private static final Pattern DOMAIN = Pattern.compile("(?i)\\.(?:com|co|net|org|info|ru|kg|kz|uz|az|am|ge|ua|in|pk|id)\\s*$");
    /** "ROME, OCT 11 -" after the agency that opens the body. */
    private static final Pattern PLACE_AFTER_AGENCY = Pattern.compile("^(?<place>" + PLACE + "),[ \\t]*(?<month>"
            + MONTHS_ANY_CASE + ")\\.?[ \\t]+(?<day>\\d{1,2})[ \\t]*(?:-{1,2}|[\u2014\u2013])[ \\t]*");
    /** A place alone on the first line, in capitals, as some agencies print it above the lead. */
    private static final Pattern PLACE_LINE = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{Lu}.'’\\-]+(?:[ \\t]+\\p{Lu}[\\p{Lu}.'’\\-]*){0,3})"
                    // Anadolu's web pages print the country after it: "BOLU, Türkiye"
                    + "(?:,[ \\t]*(?<region>\\p{Lu}\\p{Ll}[\\p{L}'’]*(?:[ \\t]+\\p{Lu}\\p{Ll}[\\p{L}'’]*){0,2}))?[ \\t]*(?:\\R|$)");
    /**
     * "Kampala. Security agencies yesterday arrested", as the Daily Monitor and the Nation print it: one word and a
     * full stop open the story; a title's abbreviation ("Capt. Smith") does not.
     */
    private static final Pattern PLACE_STOP = Pattern.compile(
            "^[ \\t]*(?<place>\\p{Lu}[\\p{L}'’\\-]{3,}"
                    // a name joined by a particle, as The Citizen prints its city: "Dar es Salaam. President Samia"
                    + "|\\p{Lu}\\p{Ll}+[ \\t](?:es|de|da|do|dos|del|al|el|la|of)[ \\t]\\p{Lu}\\p{Ll}+)\\.[ \\t]+(?=\\p{Lu}\\p{Ll})");
    private static final java.util.Set<String> ABBREVIATED_TITLES = java.util.Set.of("capt", "prof", "lieut", "brig",
            "supt", "insp", "sens", "reps", "dept", "corp", "atty", "messrs", "comdr", "cmdr", "gens", "govs", "col",
            "sgt", "maj", "hon", "rev");
    /** "UrduPoint News / Sputnik - 11th May, 2021": outlets before a slash, a date after a dash. */
    private static final Pattern PAREN_DATE = Pattern.compile(
            "[-\u2014\u2013,]\\s*(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTH_NAMES + ")\\.?,?\\s+(?<year>\\d{4})\\s*$");
    /** A date alone in the brackets after the place, as Radio Dabanga prints it: "KHARTOUM (3 June 2019) –". */
    private static final Pattern PAREN_ONLY_DATE = Pattern.compile(
            "(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>" + MONTH_NAMES + ")\\.?,?\\s+(?<year>(?:19|20)\\d{2})");
    /**
     * "(Reuters)", "(Xinhua)", "(Interfax-Ukraine)", and the few agencies that write their short name in lower case, "(dpa)": those only
     * after a printed date, as "(left)" in a caption is no agency.
     */
    private static final Pattern PAREN_AGENCY = Pattern.compile("^\\p{Lu}[\\p{L}.' -]{1,29}$|^\\p{Ll}{2,4}$"
            // a channel's number may end the name ("ERBIL (Kurdistan 24) –"), a day a month's ("(June 8)") not
            + "|^(?!(?:" + MONTHS_ANY_CASE + ")\\.? )\\p{Lu}[\\p{L}.' -]{1,29} \\d{1,3}$"
            // a web outlet by its address: "Dhaka, Jul 2 (bdnews24.com) -"
            + "|^[\\p{L}\\d-]{2,24}\\.(?:com|net|org|co|info)$");
    /** "ASTANA. KAZINFORM -", "NUR-SULTAN. KAZINFORM -": a place in capitals, a full stop, the agency in capitals. */
    private static final Pattern PLACE_STOP_AGENCY = Pattern.compile(
            "^(?<city>\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,})?)\\.\\s+(?<agency>\\p{Lu}{3,12})$");

    /** Whether {@code agency} is a national news agency, which files from its own country: "STA", "IRNA". */
    public static boolean isNationalAgency(String agency) {
        return agency != null && NATIONAL_AGENCIES.contains(agency.toUpperCase(Locale.ROOT));
    }

    /** The place as printed, with its region: "CONAKRY, Guinea". */
    public String place() {
        return region == null || city == null ? city : city + ", " + region;
    }

    public boolean hasDay() {
        return month > 0 && day > 0;
    }

    /** How long a standfirst above the dateline may be: one line that sums the story up. */
    private static final int STANDFIRST_LENGTH = 250;
    /** How a paragraph ends, which a standfirst does not: a stop, a quote's close, a colon. */
    private static final Pattern PARAGRAPH_END = Pattern.compile("[.!?\"”:]$");

    /**
     * The dateline at the start of body, or null when the body does not start with one. A web page may print a
     * standfirst above it ("The regulator does not rule out a further increase\nMOSCOW, October 25. /TASS/."): a
     * short first line without a closing stop, then a dateline that prints a date or an agency.
     */
    public static PrintedDateline parse(String body) {
        PrintedDateline first = parseAt(body, afterByline(body));
        return first != null ? first : belowStandfirst(body);
    }

    /** The standfirst printed above the dateline (see {@link #parse}), or null when the body opens otherwise. */
    public static String standfirst(String body) {
        // (the first line's shape first: most bodies open with a paragraph and are not parsed again)
        String line = standfirstLine(body);
        return line != null && parseAt(body, afterByline(body)) == null && belowStandfirst(body) != null ? line : null;
    }

    /** The first line when it has a standfirst's shape (short, no closing stop), else null. */
    private static String standfirstLine(String body) {
        int lineEnd = body.indexOf('\n');
        String line = lineEnd < 0 ? "" : body.substring(0, lineEnd).strip();
        return line.isEmpty() || line.length() > STANDFIRST_LENGTH || PARAGRAPH_END.matcher(line).find() ? null : line;
    }

    private static PrintedDateline belowStandfirst(String body) {
        if (standfirstLine(body) == null) {
            return null;
        }
        Matcher m = DATELINE.matcher(body).region(body.indexOf('\n') + 1, body.length());
        PrintedDateline below = m.find() ? fromDateline(m, body) : null;
        return below != null && (below.agency() != null || below.month() > 0) ? below : null;
    }

    private static PrintedDateline parseAt(String body, int from) {
        Matcher m = DATELINE.matcher(body).region(from, body.length());
        if (m.find()) {
            PrintedDateline d = fromDateline(m, body);
            if (d != null) {
                return d;
            }
        }
        Matcher agencyOnly = AGENCY_ONLY.matcher(body).region(from, body.length());
        if (agencyOnly.find()) {
            Matcher placed = PLACE_AFTER_AGENCY.matcher(body).region(agencyOnly.end(), body.length());
            if (agencyOnly.group("month") == null && placed.find()) {
                // "(ANSA) - ROME, OCT 11 - Israeli forces": the agency first, then the place and the date
                return new PrintedDateline(placed.group("place").strip(), null, agencyOnly.group("agency"),
                        month(placed.group("month")), Integer.parseInt(placed.group("day")), 0, placed.end());
            }
            return new PrintedDateline(null, null, agencyOnly.group("agency"),
                    agencyOnly.group("month") == null ? 0 : month(agencyOnly.group("month")),
                    agencyOnly.group("day") == null ? 0 : Integer.parseInt(agencyOnly.group("day")),
                    agencyOnly.group("year") == null ? 0 : Integer.parseInt(agencyOnly.group("year")), agencyOnly.end());
        }
        Matcher dashAgency = PLACE_DASH_AGENCY.matcher(body).region(from, body.length());
        if (dashAgency.find() && NATIONAL_AGENCIES.contains(dashAgency.group("agency"))) {
            return new PrintedDateline(dashAgency.group("place"), null, dashAgency.group("agency"), 0, 0, 0,
                    dashAgency.end());
        }
        Matcher slashDate = OUTLET_PLACE_SLASH_DATE.matcher(body).region(from, body.length());
        if (slashDate.find()) {
            return new PrintedDateline(slashDate.group("place").strip(), null, slashDate.group("outlet"),
                    month(slashDate.group("month")), Integer.parseInt(slashDate.group("day")),
                    2000 + Integer.parseInt(slashDate.group("year")), slashDate.end());
        }
        Matcher dateLine = DATE_LINE.matcher(body).region(from, body.length());
        if (dateLine.find() && (dateLine.group("outlet") == null
                || !dateLine.group("outlet").matches(MONTH_NAMES + "|" + WEEKDAYS))) {
            boolean dayFirst = dateLine.group("day") != null;
            String outlet = dateLine.group("outlet");
            return new PrintedDateline(null, null, outlet == null ? null : outlet.strip(),
                    month(dayFirst ? dateLine.group("month") : dateLine.group("monthFirst")),
                    Integer.parseInt(dayFirst ? dateLine.group("day") : dateLine.group("dayAfter")),
                    Integer.parseInt(dateLine.group("year")), dateLine.end());
        }
        Matcher line = PLACE_LINE.matcher(body).region(from, body.length());
        if (line.find() && !line.group("place").contains(".")) {
            return new PrintedDateline(line.group("place").strip(), line.group("region"), null, 0, 0, 0, line.end());
        }
        Matcher stop = PLACE_STOP.matcher(body).region(from, body.length());
        if (stop.find() && !ABBREVIATED_TITLES.contains(stop.group("place").toLowerCase(Locale.ROOT))
                && !NOT_PLACES.contains(stop.group("place").toUpperCase(Locale.ROOT))
                && !stop.group("place").matches(MONTH_NAMES + "|" + WEEKDAYS)) {
            return new PrintedDateline(stop.group("place"), null, null, 0, 0, 0, stop.end());
        }
        return null;
    }

    /**
     * Where the dateline may start: after a byline line ("By John Smith") that opens the body, else 0.
     */
    private static int afterByline(String body) {
        Matcher byline = BYLINE.matcher(body);
        return byline.find() ? byline.end() : 0;
    }

    private static PrintedDateline fromDateline(Matcher m, String body) {
        if (DOMAIN.matcher(m.group("place")).find()) {
            // "AKIPRESS.COM - Kyrgyzstan and Tajikistan signed": the outlet's address, no place; "TEMPO.CO, Jakarta -"
            // prints the outlet's address before the place, as its name
            String region = m.group("region");
            String site = m.group("place").strip();
            String outlet = site.substring(0, 1) + site.substring(1, site.indexOf('.')).toLowerCase(Locale.ROOT);
            return region == null ? new PrintedDateline(null, null, null, 0, 0, 0, m.end())
                    : new PrintedDateline(region, null, outlet, 0, 0, 0, m.end());
        }
        if (m.group("place").endsWith(" Agency") && m.group("month") == null && m.group("dayFirst") == null) {
            // "AKIpress News Agency - The Jogorku Kenesh": the outlet's name where a place would stand
            return new PrintedDateline(null, null, m.group("place").strip().replaceFirst(" News Agency$", ""), 0, 0, 0,
                    m.end());
        }
        if (m.group("place").startsWith("The ") && !m.group("place").startsWith("The Hague")) {
            return null; // "The Anti-Corruption Bureau (ACB) on Friday arrested": a body opens the lead, no place
        }
        if (m.group("colonPlace") != null && NOT_PLACES.contains(m.group("place").strip())) {
            return null; // "BREAKING: ...", "UPDATE: ..." label the story, they do not place it
        }
        String agency = m.group("slashAgency") != null ? m.group("slashAgency")
                : m.group("capsAgency") != null ? m.group("capsAgency") : m.group("wordAgency");
        if (m.group("wordAgency") != null && m.group("year") == null && m.group("yearAfter") == null
                && !NATIONAL_AGENCIES.contains(m.group("wordAgency").toUpperCase(Locale.ROOT))) {
            // a word in ordinary case before the dash is an agency only when it is a known one, or after a date
            // printed with its year
            return null;
        }
        boolean placeInOrdinaryCase = !m.group("place").equals(m.group("place").toUpperCase(Locale.ROOT));
        if ((m.group("capsAgency") != null || m.group("dateStop") != null || m.group("dateBreak") != null)
                && m.group("month") == null && m.group("dayFirst") == null
                // "Sriharikota, DHNS: India's second mission": the Deccan Herald's news service after the place; after
                // a place in capitals the word may be its region ("KARACHI, PAKISTAN:")
                && !(m.group("agencyColon") != null && placeInOrdinaryCase)) {
            return null; // a word in capitals before a dash is an agency only after a printed date, as is a full stop
        }
        String monthName = m.group("month") != null ? m.group("month") : m.group("monthAfter");
        String dayNumber = m.group("day") != null ? m.group("day") : m.group("dayFirst");
        String yearNumber = m.group("year") != null ? m.group("year") : m.group("yearAfter");
        int month = monthName == null ? 0 : month(monthName);
        int day = dayNumber == null ? 0 : Integer.parseInt(dayNumber);
        int year = yearNumber == null ? 0 : Integer.parseInt(yearNumber);
        if (m.group("preDay") != null && month == 0) {
            month = Integer.parseInt(m.group("preMonth"));
            day = Integer.parseInt(m.group("preDay"));
            year = Integer.parseInt(m.group("preYear"));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
        }
        if (m.group("numDay") != null) {
            month = Integer.parseInt(m.group("numMonth"));
            day = Integer.parseInt(m.group("numDay"));
            year = Integer.parseInt(m.group("numYear"));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null; // "3.14.2023" is no date a dateline prints
            }
        }
        String paren = m.group("paren");
        Matcher parenOnlyDate = paren == null || m.group("parenDash") == null ? null : PAREN_ONLY_DATE.matcher(paren);
        if (parenOnlyDate != null && parenOnlyDate.matches() && month == 0) {
            // "KHARTOUM (3 June 2019) – Dozens": the date in brackets where an agency would stand
            month = month(parenOnlyDate.group("month"));
            day = Integer.parseInt(parenOnlyDate.group("day"));
            year = Integer.parseInt(parenOnlyDate.group("year"));
            paren = null;
        }
        if (paren != null) {
            Matcher date = PAREN_DATE.matcher(paren);
            if (date.find()) {
                month = month(date.group("month"));
                day = Integer.parseInt(date.group("day"));
                year = Integer.parseInt(date.group("year"));
                paren = paren.substring(0, date.start());
            }
            String[] outlets = paren.split("/");
            agency = outlets[outlets.length - 1].strip();
            if (!PAREN_AGENCY.matcher(agency).matches() || Character.isLowerCase(agency.charAt(0))
                    && (month == 0 || day == 0) && m.group("parenDash") == null) {
                // "(in billions of dollars)" is not an agency, nor "Guterres (left)" without a date or a dash after
                // it; "Berlin (dpa) -" is
                return null;
            }
            if (month == 0 && m.group("parenDash") == null && m.end() < body.length()
                    && Character.isLowerCase(body.charAt(m.end()))) {
                // "Internal Security Service (KAPO) officer Eston Kohver": a body's acronym the sentence goes on
                // after; a lead after an undated agency starts with a capital ("BEIJING (Reuters) Chinese ...")
                return null;
            }
        }
        String region = m.group("region") != null ? m.group("region") : m.group("bracketRegion");
        if (agency == null && region != null && NATIONAL_AGENCIES.contains(region)) {
            agency = region; // "Tehran, IRNA --": national agencies print their name where a region would stand
            region = null;
        }
        String place = m.group("place").strip();
        Matcher placeStopAgency = PLACE_STOP_AGENCY.matcher(place);
        if (agency == null && region == null && placeStopAgency.matches()) {
            place = placeStopAgency.group("city");
            agency = placeStopAgency.group("agency");
        }
        if (region == null && NATIONAL_AGENCIES.contains(place) && (agency == null || agency.equals(place))) {
            return new PrintedDateline(null, null, place, month, day, year, m.end()); // "STA, 17 July 2025 -"
        }
        return new PrintedDateline(place, region, agency == null ? null : agency.strip(), month, day, year, m.end());
    }

    /** 1..12 for a month name or abbreviation ("Sept.", "Jan", "January"). */
    public static int month(String name) {
        String prefix = name.toLowerCase(Locale.ROOT).replace(".", "");
        int at = MONTH_PREFIXES.indexOf(prefix.substring(0, Math.min(3, prefix.length())));
        if (prefix.length() < 3 || at < 0) {
            throw new IllegalArgumentException("Not a month: " + name);
        }
        return at / 4 + 1;
    }
}
