package io.newsflow.bench.load;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Distinct, realistic wire stories of a chosen length (300 to 1,500 words by default): datelines in
 * the styles of several agencies, named officials with roles, quotations, and sentences the engine
 * codes as events. The same seed, length range and number always give the same story.
 */
public final class SyntheticStories {
    private static final List<String[]> COUNTRIES = List.of(
            new String[] {"Russia", "Russian", "Moscow", "MOSCOW"},
            new String[] {"China", "Chinese", "Beijing", "BEIJING"},
            new String[] {"the United States", "US", "Washington", "WASHINGTON"},
            new String[] {"France", "French", "Paris", "PARIS"},
            new String[] {"Germany", "German", "Berlin", "BERLIN"},
            new String[] {"Japan", "Japanese", "Tokyo", "TOKYO"},
            new String[] {"India", "Indian", "New Delhi", "NEW DELHI"},
            new String[] {"Turkey", "Turkish", "Ankara", "ANKARA"},
            new String[] {"Iran", "Iranian", "Tehran", "TEHRAN"},
            new String[] {"Brazil", "Brazilian", "Brasilia", "BRASILIA"},
            new String[] {"Kenya", "Kenyan", "Nairobi", "NAIROBI"},
            new String[] {"Egypt", "Egyptian", "Cairo", "CAIRO"});
    private static final List<String> FIRST_NAMES = List.of("Maria", "Sergei", "Li", "John", "Anna", "Ahmed", "Yuki",
            "Priya", "Carlos", "Fatima", "Pierre", "Olga", "David", "Amina", "Hans", "Mehmet");
    private static final List<String> LAST_NAMES = List.of("Petrova", "Ivanov", "Wei", "Carter", "Schmidt", "Hassan",
            "Tanaka", "Sharma", "Silva", "Haddad", "Dubois", "Kuznetsova", "Miller", "Okafor", "Weber", "Yilmaz");
    private static final List<String> ROLES = List.of("Foreign Minister", "Defence Minister", "President",
            "Prime Minister", "Foreign Ministry spokeswoman", "ambassador to the UN", "Trade Minister");
    private static final List<String> ACTIONS = List.of(
            "%s imposed new sanctions on %s over its nuclear programme.",
            "%s welcomed the agreement reached with %s on trade.",
            "%s accused %s of violating the ceasefire near the border.",
            "%s and %s signed a cooperation agreement on energy.",
            "%s called on %s to resume negotiations without preconditions.",
            "%s criticised %s for the detention of journalists.",
            "%s pledged to provide humanitarian aid to %s.",
            "%s threatened to expel the diplomats of %s.",
            "%s held talks with %s on regional security.",
            "%s rejected the demands of %s as unacceptable.");
    private static final List<String> FILLER = List.of(
            "The talks covered a wide range of issues, including trade, energy and regional security.",
            "Analysts said the move could have serious consequences for the region.",
            "Officials did not give details of the timetable.",
            "The ministry said further consultations were planned for the coming weeks.",
            "Diplomats said the two sides remained far apart on several points.",
            "The statement came after months of tension between the two countries.",
            "Markets reacted calmly to the news, with the main index closing slightly higher.",
            "The issue is expected to be discussed at the next summit.");
    /** Words of each filler sentence, counted once: a story appends about twenty of them. */
    private static final int[] FILLER_WORDS = FILLER.stream().mapToInt(SyntheticStories::countWords).toArray();
    private static final String[] AGENCIES = {"TASS", "Reuters", "AP", "Xinhua", "AFP"};

    private final long seed;
    private final WordRange words;

    /** Bodies are at least as long as their opening paragraph (about 45 words), whatever {@code words} says. */
    public SyntheticStories(long seed, WordRange words) {
        this.seed = seed;
        this.words = words;
    }

    public SyntheticStory story(long number) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        String[] source = pick(random, COUNTRIES);
        String[] target = pick(random, COUNTRIES);
        while (target == source) {
            target = pick(random, COUNTRIES);
        }
        LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
        String speaker = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
        String role = source[1] + " " + pick(random, ROLES);
        int length = words.pick(random);
        StringBuilder body = new StringBuilder(dateline(random, source, date)).append(' ')
                .append(sentence(action(pick(random, ACTIONS), source[0], target[0]))).append('\n');
        body.append(role).append(' ').append(speaker).append(" said on ")
                .append(date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .append(" that ").append(source[2]).append(" was ready to continue the dialogue. ")
                .append("\"We are open to cooperation, but our position is well known,\" ")
                .append(random.nextBoolean() ? "she" : "he").append(" said.\n");
        // Counted as appended, not recounted each round: stories are written on the pacing thread, thousands a
        // second, by the same process as the load it measures (no java.util.Formatter here, for the same reason).
        for (int count = countWords(body); count < length;) {
            int filler = random.nextInt(FILLER.size());
            body.append(FILLER.get(filler)).append(' ');
            count += FILLER_WORDS[filler];
            if (random.nextInt(4) == 0) {
                String action = sentence(action(pick(random, ACTIONS), pick(random, COUNTRIES)[0], target[0]));
                body.append(action).append('\n');
                count += countWords(action);
            }
        }
        return new SyntheticStory(source[0] + " and " + target[0] + ": story " + number + " of run " + seed,
                "Talks between " + source[2] + " and " + target[2] + " continue", body.toString().strip());
    }

    /** Agencies write the place in capitals, except Xinhua. */
    private static String dateline(SplittableRandom random, String[] country, LocalDate date) {
        String place = country[3];
        String month = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String agency = AGENCIES[random.nextInt(AGENCIES.length)];
        int day = date.getDayOfMonth();
        return switch (agency) {
            case "TASS" -> place + ", " + month + " " + day + ". /TASS/.";
            case "Reuters" -> place + ", " + month + " " + day + " (Reuters) -";
            case "AP" -> place + " (AP) —";
            case "Xinhua" -> country[2] + ", " + month + " " + day + " (Xinhua) --";
            default -> place + ", " + month.substring(0, 3) + " " + day + " (AFP) -";
        };
    }

    /** An action template with its two countries: the first {@code %s} is the actor, the second the target. */
    private static String action(String template, String actor, String target) {
        int first = template.indexOf("%s");
        int second = template.indexOf("%s", first + 2);
        return template.substring(0, first) + actor + template.substring(first + 2, second) + target
                + template.substring(second + 2);
    }

    /** "the United States" opens a sentence as "The United States". */
    private static String sentence(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int countWords(CharSequence text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
