package io.newsflow.extract.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH validation file (the {@code <Sentence>} records of the openeventdata coders' validation suites):
 * each sentence's date, text and hand-coded events. Those files are not well-formed XML (an {@code <EventCoding>} is
 * never closed), so the records are read by pattern rather than with an XML parser.
 */
public final class CameoValidationSet {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b([^>]*)>(.*?)</Sentence>", Pattern.DOTALL);
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b([^>]*?)/?>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(\\w+)=\"([^\"]*)\"");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    /** One hand-coded event: a CAMEO code and the CAMEO actor codes of source and target ({@code USAGOV}, {@code ---REB}). */
    public record Coding(String eventCode, String sourceCode, String targetCode) {
        public String root() {
            return eventCode.substring(0, 2);
        }
    }

    /** A sentence to code; {@code codings} is empty where the file says it holds no event. */
    public record Sentence(String id, LocalDate date, String text, List<Coding> codings) {
    }

    private CameoValidationSet() {
    }

    public static List<Sentence> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public static List<Sentence> parse(String content) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(COMMENT.matcher(content).replaceAll(""));
        while (m.find()) {
            String attributes = m.group(1);
            if ("false".equalsIgnoreCase(attribute(attributes, "evaluate"))) {
                continue;
            }
            String body = m.group(2);
            String text = text(body);
            if (text.isBlank()) {
                continue;
            }
            sentences.add(new Sentence(attribute(attributes, "id"), date(attribute(attributes, "date")), text,
                    codings(body)));
        }
        return sentences;
    }

    private static List<Coding> codings(String body) {
        List<Coding> codings = new ArrayList<>();
        Matcher c = CODING.matcher(body);
        while (c.find()) {
            String event = attribute(c.group(1), "eventcode");
            if (event != null && event.length() >= 2) {
                codings.add(new Coding(event, attribute(c.group(1), "sourcecode"), attribute(c.group(1), "targetcode")));
            }
        }
        return codings;
    }

    /** The sentence's text; where a record leaves it empty, its CoNLL-U parse still holds the words. */
    private static String text(String body) {
        Matcher t = TEXT.matcher(body);
        String text = t.find() ? t.group(1) : "";
        if (text.isBlank()) {
            Matcher p = PARSE.matcher(body);
            text = p.find() ? wordsOfParse(p.group(1)) : "";
        }
        return text.strip().replaceAll("\\s+", " ");
    }

    static String wordsOfParse(String conllu) {
        StringBuilder words = new StringBuilder();
        for (String line : conllu.split("\n")) {
            String[] columns = line.strip().split("\t");
            if (columns.length < 2 || !columns[0].matches("\\d+")) {
                continue;
            }
            boolean attached = columns.length >= 10 && columns[9].contains("SpaceAfter=No");
            words.append(columns[1]).append(attached ? "" : " ");
        }
        return words.toString().replaceAll(" ([.,;:!?])", "$1");
    }

    /** Some records give the year in two digits ("121108"): years up to this one's are of this century. */
    private static final int TWO_DIGIT_YEAR_PIVOT = LocalDate.now().getYear() % 100;

    private static LocalDate date(String yyyymmdd) {
        if (yyyymmdd != null && yyyymmdd.matches("\\d{6}")) {
            int yy = Integer.parseInt(yyyymmdd.substring(0, 2));
            return date((yy <= TWO_DIGIT_YEAR_PIVOT ? "20" : "19") + yyyymmdd);
        }
        return yyyymmdd == null ? null : LocalDate.parse(yyyymmdd, YYYYMMDD);
    }

    private static String attribute(String attributes, String name) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1).equals(name)) {
                return a.group(2);
            }
        }
        return null;
    }
}
