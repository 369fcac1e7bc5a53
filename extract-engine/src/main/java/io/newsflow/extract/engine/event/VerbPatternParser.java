package io.newsflow.extract.engine.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.newsflow.extract.engine.dictionary.TsvRow;

/**
 * Reads cameo-verbs.tsv lines such as {@code 163  impose|expand|tighten * sanctions on|against {target}}:
 * space-separated elements, '|' between alternatives, '_' joining the words of one alternative, "(x)" for an
 * optional element, "*" for a gap of up to three words ("**" up to twelve; gaps in a row add up), {source} and
 * {target} for actor slots ({target!}: the pattern needs its target, for verbs that are something else without one:
 * "backed Kyiv", not "taking us back"). An optional third column {@code mutual} marks an action each side does to
 * the other, {@code possessed} a noun whose possessor acts, {@code joint} what two coordinated subjects did together
 * ("during their phone talks"), {@code received} what the subject got from the actor of the source slot ("faced
 * pressure from Congress").
 */
public final class VerbPatternParser {
    private static final int GAP = 3;
    /** A long gap spans a noun phrase with its modifiers: "declared the assistant attache of the embassy persona...". */
    private static final int LONG_GAP = 12;
    private static final int MAX_OPTIONALS = 4;

    private VerbPatternParser() {
    }

    private static VerbPattern.Form form(TsvRow row) {
        String flag = row.text(2);
        return switch (flag) {
            case "" -> VerbPattern.Form.VERB;
            case "mutual" -> VerbPattern.Form.MUTUAL;
            case "possessed" -> VerbPattern.Form.POSSESSED;
            case "joint" -> VerbPattern.Form.JOINT;
            case "received" -> VerbPattern.Form.RECEIVED;
            default -> throw row.fail("the third column may only say 'mutual', 'possessed', 'joint' or 'received', not '"
                    + flag + "'");
        };
    }

    public static List<VerbPattern> parse(TsvRow row) {
        String code = row.required(0, "code");
        if (!code.matches("\\d{2,4}") && !code.equals(VerbPattern.NO_EVENT)) {
            throw row.fail("CAMEO code must have 2 to 4 digits (or be '" + VerbPattern.NO_EVENT + "'): '" + code + "'");
        }
        String text = row.required(1, "pattern");
        VerbPattern.Form form = form(row);
        List<VerbPattern.Element> elements = new ArrayList<>();
        List<Integer> optional = new ArrayList<>();
        for (String part : text.trim().split("\\s+")) {
            boolean isOptional = part.startsWith("(") && part.endsWith(")");
            String body = isOptional ? part.substring(1, part.length() - 1) : part;
            if (body.isEmpty()) {
                throw row.fail("empty element in '" + text + "'");
            }
            VerbPattern.Element element = element(body, row);
            int previous = elements.size() - 1;
            if (!isOptional && element instanceof VerbPattern.Gap gap && previous >= 0 && !optional.contains(previous)
                    && elements.get(previous) instanceof VerbPattern.Gap before) {
                // "* *": two gaps in a row are one gap as wide as both ("signed a Strategic Mutual Defence Agreement")
                elements.set(previous, new VerbPattern.Gap(before.max() + gap.max()));
                continue;
            }
            if (isOptional) {
                optional.add(elements.size());
            }
            elements.add(element);
        }
        if (optional.size() > MAX_OPTIONALS) {
            throw row.fail("at most " + MAX_OPTIONALS + " optional elements per pattern");
        }
        if (!(elements.get(0) instanceof VerbPattern.Words)) {
            throw row.fail("a pattern must start with words, not a gap or slot: '" + text + "'");
        }
        List<VerbPattern> variants = new ArrayList<>();
        for (int mask = 0; mask < (1 << optional.size()); mask++) {
            List<VerbPattern.Element> variant = new ArrayList<>();
            for (int i = 0; i < elements.size(); i++) {
                int o = optional.indexOf(i);
                if (o < 0 || (mask & (1 << o)) != 0) {
                    variant.add(elements.get(i));
                }
            }
            if (!variant.isEmpty() && variant.get(0) instanceof VerbPattern.Words) {
                variants.add(new VerbPattern(code, List.copyOf(variant), row.file() + ":" + row.line(), form));
            }
        }
        return variants;
    }

    private static VerbPattern.Element element(String body, TsvRow row) {
        return switch (body) {
            case "*" -> new VerbPattern.Gap(GAP);
            case "**" -> new VerbPattern.Gap(LONG_GAP);
            case "{target}" -> new VerbPattern.Slot(true, false);
            case "{target!}" -> new VerbPattern.Slot(true, true);
            case "{source}" -> new VerbPattern.Slot(false, true);
            default -> {
                if (body.contains("{") || body.contains("}") || body.contains("(")) {
                    throw row.fail("malformed element '" + body + "'");
                }
                List<List<String>> alternatives = new ArrayList<>();
                for (String alt : body.toLowerCase(Locale.ROOT).split("\\|")) {
                    if (alt.isEmpty()) {
                        throw row.fail("empty alternative in '" + body + "'");
                    }
                    alternatives.add(Arrays.asList(alt.split("_")));
                }
                yield new VerbPattern.Words(List.copyOf(alternatives));
            }
        };
    }
}
