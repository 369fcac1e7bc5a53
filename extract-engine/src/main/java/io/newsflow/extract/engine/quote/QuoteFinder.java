package io.newsflow.extract.engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

import io.newsflow.contract.EntityKind;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.EntityKey;
import io.newsflow.extract.engine.entity.EntityTable;
import io.newsflow.extract.engine.entity.FoundMention;
import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Direct quotations and who said them: the attribution after the quote ("," he said; "," said X; the diplomat
 * added), before it (X said: "…"), or the speaker of the quote just before when a quote or a whole quoted
 * paragraph follows with no attribution of its own.
 */
public final class QuoteFinder {
    private final DictionaryIndex index;
    /** "statement", "communique": what a body issues that speaks for it. */
    private final java.util.Set<String> statementNouns;
    private static final int MIN_WORDS = 3;
    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "its", "their");
    private static final int AFTER_WINDOW = 10;
    private static final int MIN_PARTIAL_WORDS = 2;
    private static final int REPORTED_SPAN = 25;
    private static final int RELATIVE_CLAUSE_MAX = 15;
    /** How many tokens an apposition may take: "spokesman of the National League for Democracy (NLD) and a member of". */
    private static final int APPOSITION_MAX = 24;
    /** "The statement added:": how many words a statement's verb and its adverbs may take before the colon. */
    private static final int STATEMENT_SUBJECT_WORDS = 4;
    /** How many words a subject that introduces a quote with a colon may have before its comma. */
    private static final int MAX_SUBJECT_WORDS = 5;
    /** How many tokens before a quote the statement it comes from may be spoken of. */
    private static final int STATEMENT_REACH = 60;
    /** Verbs of saying whose object is the listener: '," told reporters' names no speaker after the verb. */
    private static final java.util.Set<String> LISTENER_VERBS = java.util.Set.of("told", "tells", "tell", "telling");
    /** Words after which quote marks enclose a name: 'a session titled "…"', 'a song called "…"'. */
    private static final java.util.Set<String> TITLE_WORDS = java.util.Set.of("titled", "entitled", "called", "named",
            "dubbed", "headlined", "nicknamed");
    /** "The paper quoted X as saying": the words that follow are X's, not the paper's. */
    /** 'accused the party of "playing with fear"': verbs whose subject's words may be quoted in part. */
    private static final java.util.Set<String> CHARACTERISING_VERBS =
            io.newsflow.extract.engine.dictionary.Dictionaries.readWords("characterising-verbs.txt");
    private static final java.util.Set<String> QUOTING_VERBS = java.util.Set.of("quoted", "quoting", "quotes");
    private final SpeakerDescriptions descriptions;
    private final DescribedHolders holders;

    /** What the attribution rules read: the article's tokens, their sentences, the named mentions, the quotes so far. */
    private record Context(List<Token> tokens, List<Integer> sentenceOf, List<FoundMention> mentions, String normalised,
            List<FoundQuote> quotes, java.util.Map<Integer, Sentence> sentences, List<FoundMention> possessives) {

        /** The same, where possessive pronouns count as mentions: the last resort for a quote nobody else said. */
        Context withPossessives() {
            List<FoundMention> all = new ArrayList<>(mentions);
            all.addAll(possessives);
            all.sort(java.util.Comparator.comparingInt(FoundMention::start));
            return new Context(tokens, sentenceOf, all, normalised, quotes, sentences, List.of());
        }

        Sentence sentence(int index) {
            return sentences.get(index);
        }
    }

    public QuoteFinder(DictionaryIndex index) {
        this.index = index;
        this.statementNouns = index.dictionaries().statementNouns();
        this.descriptions = new SpeakerDescriptions(index);
        this.holders = new DescribedHolders(index);
    }

    public List<FoundQuote> find(String text, String normalised, int bodyStart, List<Sentence> sentences, EntityTable table,
            Deadline deadline) {
        List<Token> tokens = new ArrayList<>();
        List<Integer> sentenceOf = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                tokens.add(t);
                sentenceOf.add(s.index());
            }
        }
        List<FoundMention> mentions = new ArrayList<>(table.mentions());
        mentions.removeIf(m -> m.key() == null);
        // "In his message, he said": a possessive names whose the noun after it is, not who speaks, unless the
        // sentence names no one else ("The 56-year-old said after his appointment:")
        List<FoundMention> possessives = mentions.stream().filter(m -> m.how() == FoundMention.How.PRONOUN
                && POSSESSIVES.contains(normalised.substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT))).toList();
        mentions.removeAll(possessives);
        mentions.sort(java.util.Comparator.comparingInt(FoundMention::start));

        List<FoundQuote> quotes = new ArrayList<>();
        List<QuoteSpans.Span> spansOfQuotes = new ArrayList<>();
        java.util.Map<Integer, Sentence> sentenceByIndex = new java.util.HashMap<>();
        sentences.forEach(s -> sentenceByIndex.put(s.index(), s));
        Context context = new Context(tokens, sentenceOf, mentions, normalised, quotes, sentenceByIndex, possessives);
        for (QuoteSpans.Span span : QuoteSpans.find(text, normalised, bodyStart)) {
            deadline.tick();
            int start = span.open() + 1;
            int end = span.close();
            while (start < end && Character.isWhitespace(normalised.charAt(start))) {
                start++;
            }
            // the comma printed inside the marks stays: the text is what stands between them, and readers who match
            // a quote by its opening words find it with or without the comma
            while (end > start && Character.isWhitespace(normalised.charAt(end - 1))) {
                end--;
            }
            if (namesATitle(span, tokens)) {
                continue; // 'a panel session titled "Fireside Chat 2"' quotes a name, not words said
            }
            FoundQuote quote = new FoundQuote(start, end, span.paragraph(), null, null);
            if (words(normalised, start, end) < MIN_WORDS || isPartial(normalised, span.open(), start)) {
                // a phrase quoted inside a sentence is a quotation when the sentence says who said it:
                // 'McCarthy also said the dollar could be "the trigger for further downside"'
                quote = words(normalised, start, end) >= MIN_PARTIAL_WORDS ? reported(quote, span, context) : null;
                if (quote == null) {
                    continue;
                }
            } else {
                FoundQuote plain = quote;
                quote = attributed(plain, span, context);
                if (!quote.hasSpeaker() && !context.possessives().isEmpty()) {
                    quote = attributed(plain, span, context.withPossessives());
                }
            }
            if (QuotedTitles.isTitle(normalised, start, end) && QuotedTitles.nounAfter(normalised, span.close())) {
                continue; // 'the PLA's "Joint Sword-2024A" exercises', '"Free Tibet" banners': a name before its noun
            }
            if (!quote.hasSpeaker() && QuotedTitles.isTitle(normalised, start, end)) {
                continue; // '"Takin' It to the Streets" still opens every show': a song's name, not words said
            }
            quotes.add(quote);
            spansOfQuotes.add(span);
        }
        return holders.resolve(runOnSpeakers(quotes, spansOfQuotes, normalised), table, normalised);
    }

    /**
     * The speaker of a quote without a reporter: named or described after it, named or described before it, else the
     * speaker of the quote it continues.
     */
    private FoundQuote attributed(FoundQuote quote, QuoteSpans.Span span, Context context) {
        List<Token> tokens = context.tokens();
        int verb = verbAfter(span, tokens, context.normalised());
        if (verb >= 0) {
            int first = slotAfter(span, tokens, verb);
            FoundQuote found = withSpeaker(quote, after(span, verb, tokens, context.mentions(), context.normalised()),
                    describedAfter(first, verb, context), first + 1 == verb && isPronoun(tokens.get(first)));
            if (found.hasSpeaker()) {
                return found;
            }
        }
        EntityKey owner = wordsOwnerBefore(span, context);
        if (owner != null) {
            return quote.spokenBy(owner, null); // "Kim dismissed Trump's warning that it would meet "fire and fury""
        }
        int verbBefore = verbBefore(span, tokens);
        if (verbBefore >= 0) {
            int start = sentenceStart(context.sentenceOf(), verbBefore);
            FoundQuote found = withSpeaker(quote,
                    before(verbBefore, tokens, context.sentenceOf(), context.mentions()),
                    describedBefore(verbBefore, context), start + 1 == verbBefore && isPronoun(tokens.get(start)));
            if (found.hasSpeaker()) {
                return found;
            }
        }
        if (!hasOwnAttribution(span, tokens, context.normalised())) {
            FoundQuote introduced = introducedByColon(quote, span, context);
            if (introduced != null) {
                return introduced;
            }
            FoundQuote previous = continued(context.quotes(), span, context.normalised());
            if (previous != null && previous.hasSpeaker()) {
                return quote.withSpeakerOf(previous);
            }
            if (span.closed() && (opensParagraph(span, context.normalised()) || opensSentence(span, context.normalised()))) {
                // '… the rules, he said. "But does that mean …"': the one the sentence before reported
                EntityKey reporter = reporterOfParagraphBefore(span, tokens, context.mentions(), context.normalised());
                FoundQuote last = context.quotes().isEmpty() ? null : context.quotes().get(context.quotes().size() - 1);
                if (reporter == null && last != null && last.describedSpeaker() != null
                        && last.paragraph() >= quote.paragraph() - 1
                        && pronounReportsBefore(span, tokens, context.normalised())) {
                    return quote.withSpeakerOf(last); // "he" is the one the story named but did not introduce
                }
                return quote.spokenBy(reporter, null);
            }
        }
        return quote;
    }

    /**
     * The described speaker wins over no name, over a country that only its adjective names ("a senior Guyanese
     * police officer said") and over a pronoun's antecedent when the description is the pronoun's.
     */
    private static FoundQuote withSpeaker(FoundQuote quote, EntityKey named, String described, boolean byPronoun) {
        boolean describedWins = described != null
                && (named == null || named.kind() == EntityKind.COUNTRY || byPronoun);
        return quote.spokenBy(describedWins ? null : named, describedWins ? described : null);
    }

    /** The first token after the closing mark and its comma: where the subject of '," a spokesman said' starts. */
    private static int slotAfter(QuoteSpans.Span span, List<Token> tokens, int verb) {
        int first = firstTokenFrom(tokens, span.close() + 1);
        while (first < verb && (tokens.get(first).is(",") || tokens.get(first).is("'"))) {
            first++; // the quote's comma, or the second mark of a doubled "''"
        }
        return first;
    }

    /** '," a senior police officer said', '," said a spokesman for the ministry', '," he said' after a description. */
    private String describedAfter(int first, int verb, Context context) {
        List<Token> tokens = context.tokens();
        int comma = appositionComma(tokens, first, verb);
        if (comma >= 0) {
            return descriptions.covering(tokens, first, comma, context.mentions(), context.normalised());
        }
        if (first < verb) {
            return first + 1 == verb && isPronoun(tokens.get(first))
                    ? describedAntecedent(context.sentenceOf().get(verb), context)
                    : descriptions.covering(tokens, first, verb, context.mentions(), context.normalised());
        }
        if (LISTENER_VERBS.contains(tokens.get(verb).lower())) {
            return null; // '," told reporters': who follows is who listened
        }
        int end = verb + 1;
        while (end < tokens.size() && end <= verb + AFTER_WINDOW
                && (tokens.get(end).isWord() || tokens.get(end).is("'s"))) {
            end++;
        }
        if (end == verb + 2 && isPronoun(tokens.get(verb + 1))) {
            return describedAntecedent(context.sentenceOf().get(verb), context);
        }
        return descriptions.covering(tokens, verb + 1, end, context.mentions(), context.normalised());
    }

    /**
     * 'A police spokesman said: "…', 'In a statement, the officer said "…', 'According to a senior official, "…',
     * and 'He says "…' after a sentence whose described subject spoke.
     */
    private String describedBefore(int verb, Context context) {
        List<Token> tokens = context.tokens();
        int start = sentenceStart(context.sentenceOf(), verb);
        if (!index.isSpeechVerb(tokens.get(verb).lower())) {
            int according = accordingToBefore(tokens, verb);
            return according < 0 ? null
                    : descriptions.covering(tokens, according + 2, verb, context.mentions(), context.normalised());
        }
        if (start + 1 == verb && isPronoun(tokens.get(start))) {
            return describedAntecedent(context.sentenceOf().get(verb), context);
        }
        String described = descriptions.covering(tokens, start, verb, context.mentions(), context.normalised());
        for (int k = verb - 1; described == null && k > start; k--) {
            if (tokens.get(k).is(",")) {
                described = descriptions.covering(tokens, k + 1, verb, context.mentions(), context.normalised());
                break;
            }
        }
        for (int k = start + 1; described == null && k < verb - 1; k++) {
            if (tokens.get(k).is(",")) {
                // 'Johnson, speaking to reporters, said: "…': the subject before an apposition
                described = tokens.get(verb - 1).is(",")
                        ? descriptions.covering(tokens, start, k, context.mentions(), context.normalised()) : null;
                break;
            }
        }
        return described;
    }

    /**
     * "The country's defense minister says police cleared the lawns. He says "…"': a pronoun that opens a sentence
     * after a sentence opened by a described speaker who spoke, and which names nobody, is that speaker.
     */
    private String describedAntecedent(int sentence, Context context) {
        Sentence previous = context.sentence(sentence - 1);
        Sentence current = context.sentence(sentence);
        if (previous == null || current == null || previous.paragraph() != current.paragraph()
                && previous.paragraph() != current.paragraph() - 1) {
            return null;
        }
        List<Token> tokens = previous.tokens();
        if (tokens.isEmpty()) {
            return null;
        }
        for (FoundMention m : startingIn(context.mentions(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end())) {
            if (m.key().kind() == EntityKind.PERSON && m.how() != FoundMention.How.PRONOUN) {
                return null;
            }
        }
        for (int v = 1; v < Math.min(tokens.size(), AFTER_WINDOW); v++) {
            if (index.isSpeechVerb(tokens.get(v).lower())) {
                return descriptions.covering(tokens, 0, v, context.mentions(), context.normalised());
            }
        }
        return null;
    }

    private static boolean isPronoun(Token token) {
        return token.is("he") || token.is("she");
    }

    /**
     * A quote running over several paragraphs leaves each but the last unclosed, and its attribution comes at the
     * end: an unclosed quote without a speaker takes the speaker of the quote that opens the next paragraph.
     */
    private static List<FoundQuote> runOnSpeakers(List<FoundQuote> quotes, List<QuoteSpans.Span> spans, String normalised) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            FoundQuote q = quotes.get(i);
            FoundQuote next = quotes.get(i + 1);
            if (!q.hasSpeaker() && !spans.get(i).closed() && next.hasSpeaker()
                    && next.paragraph() == q.paragraph() + 1 && opensParagraph(spans.get(i + 1), normalised)) {
                quotes.set(i, q.withSpeakerOf(next));
            }
        }
        for (int i = 0; i + 1 < quotes.size(); i++) {
            FoundQuote q = quotes.get(i);
            FoundQuote next = quotes.get(i + 1);
            if (q.hasSpeaker() && !next.hasSpeaker() && !spans.get(i).closed()
                    && next.paragraph() == q.paragraph() + 1 && opensParagraph(spans.get(i + 1), normalised)) {
                // 'The statement added: "… \n "…"': a quote introduced and run on keeps its speaker
                quotes.set(i + 1, next.withSpeakerOf(q));
            }
        }
        return quotes;
    }

    /** "…, he said." in the paragraph before the quote (or its own): a pronoun reports the words before it. */
    private boolean pronounReportsBefore(QuoteSpans.Span span, List<Token> tokens, String normalised) {
        int paragraphStart = normalised.lastIndexOf('\n', Math.max(0, span.open() - 2)) + 1;
        boolean reported = false;
        for (int k = Math.max(1, firstTokenFrom(tokens, paragraphStart)); k < tokens.size()
                && tokens.get(k).start() < span.open(); k++) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                reported = isPronoun(tokens.get(k - 1));
            }
        }
        return reported;
    }

    /**
     * 'Buckley, who phoned in from the set, had a similar experience: "…"': a sentence that ends in a colon before the
     * quote, with a name or a described speaker for its subject (up to its first comma), introduces that speaker's
     * words; null when the sentence does not open so.
     */
    private FoundQuote introducedByColon(FoundQuote quote, QuoteSpans.Span span, Context context) {
        List<Token> tokens = context.tokens();
        int colon = firstTokenFrom(tokens, span.open()) - 1;
        if (colon < 1 || !tokens.get(colon).is(":")) {
            return null;
        }
        int start = sentenceStart(context.sentenceOf(), colon);
        if (colon - start <= STATEMENT_SUBJECT_WORDS && tokens.get(start).is("the")
                && statementNouns.contains(tokens.get(start + 1).lower())) {
            // 'The statement added: "…"': of whoever issued the statement the story spoke of before
            EntityKey issuer = issuerOfStatementBefore(tokens, context.mentions(), start + 1);
            issuer = issuer != null ? issuer : lastOrganisationBefore(context.mentions(), span.open());
            return issuer == null ? null : quote.spokenBy(issuer, null);
        }
        int comma = appositionComma(tokens, start, colon);
        if (comma < 0 || comma - start > MAX_SUBJECT_WORDS) {
            return null;
        }
        EntityKey named = firstPersonIn(context.mentions(), tokens.get(start).start(), tokens.get(comma).start());
        String described = named != null ? null
                : descriptions.covering(tokens, start, comma, context.mentions(), context.normalised());
        return named == null && described == null ? null
                : quote.spokenBy(named, described);
    }

    /** The quote opens a sentence inside its paragraph: a full stop, "?" or "!" before the mark. */
    private static boolean opensSentence(QuoteSpans.Span span, String normalised) {
        int k = span.open() - 1;
        while (k >= 0 && normalised.charAt(k) == ' ') {
            k--;
        }
        return k >= 0 && (normalised.charAt(k) == '.' || normalised.charAt(k) == '?' || normalised.charAt(k) == '!');
    }

    private static boolean opensParagraph(QuoteSpans.Span span, String normalised) {
        return span.open() == 0 || normalised.charAt(span.open() - 1) == '\n';
    }

    /**
     * A quoted paragraph with no attribution of its own, after a paragraph that reports someone's words ("…, he
     * said."): the quote is theirs. The speaker is the person named or referred to next to that paragraph's last
     * verb of saying.
     */
    private EntityKey reporterOfParagraphBefore(QuoteSpans.Span span, List<Token> tokens,
            List<FoundMention> mentions, String normalised) {
        int paragraphStart = normalised.lastIndexOf('\n', Math.max(0, span.open() - 2)) + 1;
        int verb = -1;
        for (int k = firstTokenFrom(tokens, paragraphStart); k < tokens.size() && tokens.get(k).start() < span.open(); k++) {
            if (index.isSpeechVerb(tokens.get(k).lower())) {
                verb = k;
            }
        }
        if (verb < 0) {
            return null;
        }
        int from = tokens.get(Math.max(0, verb - 3)).start();
        int to = tokens.get(Math.min(tokens.size() - 1, verb + 3)).end();
        EntityKey reporter = null;
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.start() >= from && m.end() <= to && m.key().kind() == EntityKind.PERSON) {
                reporter = m.key();
            }
        }
        return reporter;
    }

    /** The verb of saying right after a closed quote ('," he said', '," said X'), its token, else -1. */
    private int verbAfter(QuoteSpans.Span span, List<Token> tokens, String normalised) {
        if (!span.closed()) {
            return -1;
        }
        int first = firstTokenFrom(tokens, span.close() + 1);
        if (span.close() > 0 && normalised.charAt(span.close() - 1) == '.' && first < tokens.size()
                && tokens.get(first).isCapitalised() && !isPronoun(tokens.get(first))) {
            return -1; // '"… no justification." Germany urged both sides': a new sentence with its own speaker
        }
        int paragraphEnd = paragraphEnd(normalised, span.close());
        int window = first + AFTER_WINDOW;
        for (int k = first; k < tokens.size() && k < window; k++) {
            Token t = tokens.get(k);
            if (t.is("\"") || t.is(".") || t.start() > paragraphEnd) {
                return -1;
            }
            int clauseEnd = relativeClauseEnd(tokens, k);
            if (clauseEnd < 0 && k > first) {
                clauseEnd = appositionEnd(tokens, k); // '"…," Steve Clarke, a NASA administrator, said'
            }
            if (clauseEnd > k) {
                window += clauseEnd - k; // '"…," N'Guessan, who won 9 percent, told journalists'
                k = clauseEnd;
                continue;
            }
            if ((t.is("for") || t.is("of")) && k > first && tokens.get(k - 1).lower().startsWith("spokes")) {
                window += BODY_NAME_WORDS; // '"…," a spokesperson for the Department of Foreign Affairs and Trade said'
            }
            if (index.isSpeechVerb(t.lower())) {
                return k;
            }
        }
        return -1;
    }

    /** How many more words a body's name after "a spokesperson for" may take before the verb of saying. */
    private static final int BODY_NAME_WORDS = 6;

    /** The comma that opens an apposition between the subject at first and the verb, else -1. */
    private static int appositionComma(List<Token> tokens, int first, int verb) {
        for (int k = first + 1; k < verb; k++) {
            if (tokens.get(k).is(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * ", deputy associate administrator for exploration," starting at a comma: the token of its closing comma when a
     * verb of saying follows it, else -1.
     */
    private int appositionEnd(List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(",")) {
            return -1;
        }
        for (int k = comma + 1; k < Math.min(tokens.size() - 1, comma + APPOSITION_MAX); k++) {
            if (tokens.get(k).is(",")) {
                return index.isSpeechVerb(tokens.get(k + 1).lower()) || k + 2 < tokens.size()
                        && tokens.get(k + 1).isCapitalised() ? k : -1;
            }
            if (tokens.get(k).is(".") || tokens.get(k).is("\"") || index.isSpeechVerb(tokens.get(k).lower())) {
                return -1;
            }
        }
        return -1;
    }

    /** ', he said', ', the diplomat added', ', said Maria Zakharova' right after the closing mark. */
    private EntityKey after(QuoteSpans.Span span, int verb, List<Token> tokens, List<FoundMention> mentions,
            String normalised) {
        int first = firstTokenFrom(tokens, span.close() + 1);
        int comma = appositionComma(tokens, slotAfter(span, tokens, verb), verb);
        if (comma >= 0) {
            // '"…," Steve Clarke, an administrator at NASA, said': the one before the apposition, or the name it is
            EntityKey apposed = firstPersonIn(mentions, tokens.get(comma).end(), tokens.get(verb).start());
            EntityKey subject = lastSpeakerIn(mentions, tokens, span.close(), tokens.get(comma).start());
            return subject != null && subject.kind() == EntityKind.PERSON || apposed == null ? subject : apposed;
        }
        EntityKey between = lastSpeakerIn(mentions, tokens, span.close(), tokens.get(verb).start());
        if (between != null) {
            return between;
        }
        if (describedByAge(tokens, first, verb)) {
            // '"…," the 20-year-old said': the subject of the paragraph before, its first person
            return firstPersonOfParagraphBefore(mentions, normalised, span.open());
        }
        if (verb == first + 1 && tokens.get(first).is("it")) {
            return lastOrganisationBefore(mentions, span.open()); // '"…," it said in a statement': the body named before
        }
        if (verb == first + 2 && tokens.get(first).is("the") && statementNouns.contains(tokens.get(first + 1).lower())) {
            // '"…," the statement says': of whoever the story said issued it ("China issued a statement"), else of the
            // body named before
            EntityKey issuer = issuerOfStatementBefore(tokens, mentions, firstTokenFrom(tokens, span.open()));
            return issuer != null ? issuer : lastOrganisationBefore(mentions, span.open());
        }
        int limit = Math.min(tokens.size() - 1, verb + 10);
        for (int k = verb + 1; k <= limit; k++) {
            if (tokens.get(k).is(".") || tokens.get(k).is("\"")) {
                limit = k;
                break;
            }
        }
        if (tokens.get(verb).is("according")) {
            // '"…," according to a statement from the Chinese embassy': whoever issued it, person or body
            return lastSpeakerIn(mentions, tokens, tokens.get(verb).end(), tokens.get(limit).end());
        }
        return firstPersonIn(mentions, tokens.get(verb).end(), tokens.get(limit).end());
    }

    /** '"…," said Maria Zakharova' — only a person right after the verb; "told soldiers in Port Sudan" names no speaker. */
    private static EntityKey firstPersonIn(List<FoundMention> mentions, int from, int to) {
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.start() >= from && m.end() <= to && m.key().kind() == EntityKind.PERSON) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * 'X said: "…', 'He says "Now…"': the verb of saying before a colon or comma right before the opening mark, or
     * right before the mark itself; its token, else -1. 'According to X, "…' is its comma's token.
     */
    private int verbBefore(QuoteSpans.Span span, List<Token> tokens) {
        int k = firstTokenFrom(tokens, span.open()) - 1;
        if (k >= 1 && index.isSpeechVerb(tokens.get(k).lower())) {
            return k;
        }
        if (k >= 2 && tokens.get(k).is("that") && index.isSpeechVerb(tokens.get(k - 1).lower())) {
            return k - 1; // 'McKinley said that "$53 million a week …"': a whole sentence quoted after "that"
        }
        if (k < 1 || !(tokens.get(k).is(":") || tokens.get(k).is(","))) {
            return -1;
        }
        if (tokens.get(k).is(",") && accordingToBefore(tokens, k) >= 0) {
            return k;
        }
        for (int v = k - 1; v >= Math.max(0, k - 4); v--) {
            // ('…, telling the audience: "…"': a verb whose object is the listener introduces its subject's words too)
            if (index.isSpeechVerb(tokens.get(v).lower())
                    || tokens.get(k).is(":") && LISTENER_VERBS.contains(tokens.get(v).lower())) {
                return v;
            }
        }
        return tokens.get(k).is(",") ? k : -1;
    }

    /** The token of "according" in "according to X," before the comma, else -1. */
    private static int accordingToBefore(List<Token> tokens, int comma) {
        for (int k = comma - 2; k >= Math.max(0, comma - AFTER_WINDOW); k--) {
            if (tokens.get(k).is("according") && tokens.get(k + 1).is("to")) {
                return k;
            }
            if (!tokens.get(k).isWord() && !tokens.get(k).is("'s")) {
                return -1;
            }
        }
        return -1;
    }

    /** The subject of the verb of saying before the quote, or the source of 'According to X, "…'. */
    private EntityKey before(int verb, List<Token> tokens, List<Integer> sentenceOf,
            List<FoundMention> mentions) {
        if (!index.isSpeechVerb(tokens.get(verb).lower()) && !LISTENER_VERBS.contains(tokens.get(verb).lower())) {
            return accordingTo(tokens, mentions, verb);
        }
        int sentenceStart = sentenceStart(sentenceOf, verb);
        if (verb >= 1 && tokens.get(verb - 1).is(",") && tokens.get(verb).lower().endsWith("ing")) {
            // 'Liu said that the army could be deployed, warning: "…"': the participle's subject opens the sentence
            EntityKey subject = firstPersonIn(mentions, tokens.get(sentenceStart).start(), tokens.get(verb).start());
            if (subject != null) {
                return subject;
            }
        }
        int subjectStart = subjectAfterFrontedParticiple(tokens, sentenceStart, verb);
        if (subjectStart > sentenceStart) {
            // "Addressing the summit, convened at the invitation of President Erdogan, the President said:" the
            // subject after the fronted clause speaks, not whoever that clause names
            EntityKey subject = lastSpeakerIn(mentions, tokens, tokens.get(subjectStart).start(),
                    tokens.get(verb).start());
            if (subject != null) {
                return subject;
            }
        }
        int clauseStart = clauseStart(tokens, sentenceStart, verb);
        return lastSpeakerIn(mentions, tokens, tokens.get(clauseStart).start(), tokens.get(verb).start());
    }

    /**
     * Words after a comma that open a clause with a subject of its own: "..., while Putin said" (not "but", after which
     * the words may still be those an "According to" opening the sentence gives).
     */
    private static final java.util.Set<String> CLAUSE_JOINERS = java.util.Set.of("while", "whereas");

    /**
     * Where the clause of the verb at {@code verb} starts: after the last ", while", ", whereas" or ";" before it in
     * its sentence ("King Salman sent a cable of condolences, while Russian President Vladimir Putin said"), else at
     * the sentence's start.
     */
    private static int clauseStart(List<Token> tokens, int sentenceStart, int verb) {
        for (int k = verb - 1; k > sentenceStart; k--) {
            if (tokens.get(k).is(";")
                    || CLAUSE_JOINERS.contains(tokens.get(k).lower()) && tokens.get(k - 1).is(",")) {
                return k + 1 < verb ? k + 1 : sentenceStart;
            }
        }
        return sentenceStart;
    }

    /**
     * Prepositions that open a fronted phrase before the subject: "In a statement by his spokesman, Garba Shehu, the
     * President said:".
     */
    private static final java.util.Set<String> FRONTING_PREPOSITIONS = java.util.Set.of("in", "at", "on", "during",
            "after", "before", "following", "amid", "despite");

    /** How many words a subject after a fronted participle clause may have before its verb of saying. */
    private static final int FRONTED_SUBJECT_WORDS = 5;

    /**
     * Where the subject of a sentence that opens with a participle clause starts ("Addressing the summit, ..., the
     * President said"): the token after the last comma before the verb, when that is near it; else -1.
     */
    private static int subjectAfterFrontedParticiple(List<Token> tokens, int sentenceStart, int verb) {
        if (!tokens.get(sentenceStart).isWord()
                || !io.newsflow.extract.engine.nlp.Lemmatiser.isIngForm(tokens.get(sentenceStart).lower())
                && !FRONTING_PREPOSITIONS.contains(tokens.get(sentenceStart).lower())) {
            return -1;
        }
        for (int k = verb - 1; k > sentenceStart && k >= verb - FRONTED_SUBJECT_WORDS - 1; k--) {
            if (tokens.get(k).is(",")) {
                return k + 1 < verb ? k + 1 : -1;
            }
        }
        return -1;
    }

    private static int sentenceStart(List<Integer> sentenceOf, int token) {
        int start = token;
        while (start > 0 && sentenceOf.get(start - 1).equals(sentenceOf.get(token))) {
            start--;
        }
        return start;
    }

    /** 'According to Peskov, "…': the person or body named between "according to" and the comma before the quote. */
    private static EntityKey accordingTo(List<Token> tokens, List<FoundMention> mentions, int comma) {
        int end = tokens.get(comma - 1).end();
        for (FoundMention m : mentions) {
            if (m.end() != end || m.key() == null || m.key().kind() == EntityKind.LOCATION) {
                continue;
            }
            int first = firstTokenFrom(tokens, m.start());
            if (first >= 2 && tokens.get(first - 1).is("to") && tokens.get(first - 2).is("according")) {
                return m.key();
            }
        }
        return null;
    }

    /** Nouns of words someone said, which a possessor before them owns: "Trump's warning", "his remarks". */
    private static final java.util.Set<String> WORDS_NOUNS = java.util.Set.of("warning", "warnings", "remarks",
            "remark", "words", "threat", "threats", "pledge", "promise", "claim", "claims", "vow", "comments",
            "comment", "assertion", "accusation", "accusations", "description", "insistence", "message");

    /**
     * The owner of the words a possessor and a noun of words name between the quote's opening and the nearest verb
     * of saying or characterising before it in its sentence ("dismissed Trump's warning that North Korea would be met
     * with "fire and fury""); else null.
     */
    private EntityKey wordsOwnerBefore(QuoteSpans.Span span, Context context) {
        List<Token> tokens = context.tokens();
        int open = firstTokenFrom(tokens, span.open());
        if (open <= 0 || open >= tokens.size()) {
            return null;
        }
        int sentence = context.sentenceOf().get(open);
        for (int v = open - 1; v >= Math.max(0, open - REPORTED_SPAN) && context.sentenceOf().get(v) == sentence; v--) {
            // (the noun first: "warning" is a verb of saying too)
            EntityKey owner = v > 0 ? ownerOfWords(tokens, v - 1, context.mentions()) : null;
            if (owner != null) {
                return owner;
            }
            String lower = tokens.get(v).lower();
            if (tokens.get(v).is("\"") || index.isSpeechVerb(lower) || CHARACTERISING_VERBS.contains(lower)) {
                return null;
            }
        }
        return null;
    }

    /** Words that open the content of a noun of words: "warning that", "threat of", "message:". */
    private static final java.util.Set<String> CONTENT_OPENERS = java.util.Set.of("that", "of", ":");

    /**
     * The one whose words the noun after tokens[v] names, when tokens[v] is a possessive mark after a name ("Trump's
     * warning that") or a possessive pronoun ("his threat of"); else null.
     */
    private static EntityKey ownerOfWords(List<Token> tokens, int v, List<FoundMention> mentions) {
        // (only words whose content follows, after "that", "of" or a colon: in "called the ambassador's remarks "a
        // reckless own goal"" or "the President's remarks were "at odds"" the quote is what others make of them)
        if (v + 2 >= tokens.size() || !WORDS_NOUNS.contains(tokens.get(v + 1).lower())
                || !CONTENT_OPENERS.contains(tokens.get(v + 2).lower())) {
            return null;
        }
        boolean possessiveMark = tokens.get(v).isPossessiveMark() && v > 0;
        if (!possessiveMark && !tokens.get(v).isPossessivePronoun()) {
            return null;
        }
        Token owner = possessiveMark ? tokens.get(v - 1) : tokens.get(v);
        for (FoundMention m : mentions) {
            if (m.end() == owner.end() && m.key() != null && m.key().kind() != EntityKind.LOCATION) {
                return m.key();
            }
        }
        return null;
    }

    /** The subject of a verb of saying earlier in the quote's sentence ('X told AFP the drop "does reflect…"'). */
    private FoundQuote reported(FoundQuote quote, QuoteSpans.Span span, Context context) {
        List<Token> tokens = context.tokens();
        List<Integer> sentenceOf = context.sentenceOf();
        int open = firstTokenFrom(tokens, span.open());
        if (open <= 0 || open >= tokens.size()) {
            return null;
        }
        EntityKey owner = wordsOwnerBefore(span, context);
        if (owner != null) {
            return quote.spokenBy(owner, null); // "Kim dismissed Trump's warnings of "fire and fury""
        }
        int sentence = sentenceOf.get(open);
        for (int v = open - 1; v >= Math.max(0, open - REPORTED_SPAN) && sentenceOf.get(v) == sentence; v--) {
            if (tokens.get(v).is("\"")) {
                return sameSpeakerAsBefore(quote, tokens.get(v), context); // '"has no moral right" ... while it "ignores'
            }
            if (QUOTING_VERBS.contains(tokens.get(v).lower())) {
                return quotedAs(quote, v, open, context);
            }
            boolean characterising = CHARACTERISING_VERBS.contains(tokens.get(v).lower());
            if ((index.isSpeechVerb(tokens.get(v).lower()) || characterising) && !(v > 0 && tokens.get(v - 1).is("as"))) {
                // (after "as" the verb belongs to "quoted X as urging", read further back)
                int sentenceStart = sentenceStart(sentenceOf, v);
                // "the ministry condemned the storming by settlers, describing it as a "flagrant violation"": an -ing
                // verb after a comma is the main clause's subject's, named first; "and Babler accused the party of
                // "playing with fear"" the nearest name's before the verb
                int from = tokens.get(sentenceStart).start();
                int to = tokens.get(v).start();
                int clauseFrom = tokens.get(clauseStart(tokens, sentenceStart, v)).start();
                EntityKey subject = !characterising ? lastSpeakerIn(context.mentions(), tokens, clauseFrom, to)
                        : v > 0 && tokens.get(v - 1).is(",") && tokens.get(v).lower().endsWith("ing")
                                ? firstSpeakerIn(context.mentions(), from, to)
                        : v > 0 && tokens.get(v - 1).is(",") ? appositionSubject(context.mentions(), tokens, from, to)
                        : subjectRightBefore(context.mentions(), from, to, context.normalised());
                EntityKey speaker = subject != null || characterising ? subject // whom one accuses is no speaker
                        : firstPersonIn(context.mentions(), tokens.get(v).end(), tokens.get(open).start());
                return speaker == null ? null : quote.spokenBy(speaker, null);
            }
        }
        return reportedAfter(quote, span, context);
    }

    /**
     * 'Budapest considers the plan "a serious and credible basis" for settling the dispute, Mr. Szijjarto told a
     * press conference': the one named between the comma and the verb of saying that close the quote's sentence,
     * or after that verb (", said Szijjarto"); null when the sentence goes on otherwise.
     */
    private FoundQuote reportedAfter(FoundQuote quote, QuoteSpans.Span span, Context context) {
        List<Token> tokens = context.tokens();
        int close = firstTokenFrom(tokens, span.close());
        if (close >= tokens.size()) {
            return null;
        }
        int sentence = context.sentenceOf().get(close);
        for (int k = close + 1; k + 1 < Math.min(tokens.size(), close + REPORTED_SPAN)
                && context.sentenceOf().get(k) == sentence; k++) {
            if (tokens.get(k).is("\"")) {
                return null;
            }
            if (!tokens.get(k).is(",")) {
                continue;
            }
            if (index.isSpeechVerb(tokens.get(k + 1).lower())) {
                EntityKey named = firstSpeakerIn(context.mentions(), tokens.get(k + 1).end(),
                        tokens.get(Math.min(tokens.size() - 1, k + 1 + MAX_SUBJECT_WORDS)).end());
                return named == null ? null : quote.spokenBy(named, null); // ", said Szijjarto"
            }
            for (int verb = k + 2; verb <= k + 1 + MAX_SUBJECT_WORDS && verb < tokens.size(); verb++) {
                if (index.isSpeechVerb(tokens.get(verb).lower())) {
                    EntityKey named = subjectRightBefore(context.mentions(), tokens.get(k).end(), tokens.get(verb).start(),
                            context.normalised());
                    return named == null ? null : quote.spokenBy(named, null); // ", Mr. Szijjarto told"
                }
            }
        }
        return null;
    }

    /**
     * 'Ryzhenkov said the EU "has no moral right" to lecture Belarus while it "ignores the will of its voters"': a
     * partial quote after another in its sentence is said by whoever said that one; null when the mark closes no
     * quote found with a speaker.
     */
    private static FoundQuote sameSpeakerAsBefore(FoundQuote quote, Token mark, Context context) {
        FoundQuote before = context.quotes().isEmpty() ? null : context.quotes().get(context.quotes().size() - 1);
        boolean closedHere = before != null && before.end() <= mark.start() && mark.start() - before.end() <= 2;
        return closedHere && before.hasSpeaker() ? quote.spokenBy(before.speaker(), before.describedSpeaker()) : null;
    }

    /**
     * 'The paper quoted an unidentified Chinese official as urging Japan to act rather than "empty slogans"': the
     * words are those of whom the paper quoted, named or described between "quoted" and "as".
     */
    private FoundQuote quotedAs(FoundQuote quote, int quoting, int open, Context context) {
        List<Token> tokens = context.tokens();
        for (int as = quoting + 2; as < open; as++) {
            if (!tokens.get(as).is("as")) {
                continue;
            }
            EntityKey named = firstPersonIn(context.mentions(), tokens.get(quoting).end(), tokens.get(as).start());
            String described = named != null ? null
                    : descriptions.covering(tokens, quoting + 1, as, context.mentions(), context.normalised());
            return named == null && described == null ? null
                    : quote.spokenBy(named, described);
        }
        return null;
    }

    private static boolean namesATitle(QuoteSpans.Span span, List<Token> tokens) {
        int before = firstTokenFrom(tokens, span.open()) - 1;
        return before >= 0 && TITLE_WORDS.contains(tokens.get(before).lower());
    }

    /** Whether a verb of saying follows the quote in its sentence: then an unresolved speaker stays unknown. */
    private boolean hasOwnAttribution(QuoteSpans.Span span, List<Token> tokens, String normalised) {
        if (!span.closed()) {
            return false;
        }
        int first = firstTokenFrom(tokens, span.close() + 1);
        int paragraphEnd = paragraphEnd(normalised, span.close());
        for (int k = first; k < tokens.size() && k < first + AFTER_WINDOW; k++) {
            Token t = tokens.get(k);
            if (t.is("\"") || t.is(".") || t.start() > paragraphEnd) {
                return false;
            }
            if (index.isSpeechVerb(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** A quote with no attribution continues the quote before it, in its paragraph or the one before; else null. */
    private static FoundQuote continued(List<FoundQuote> quotes, QuoteSpans.Span span, String normalised) {
        if (quotes.isEmpty()) {
            return null;
        }
        FoundQuote previous = quotes.get(quotes.size() - 1);
        boolean samePara = previous.paragraph() == span.paragraph();
        boolean opensParagraph = span.open() == 0 || normalised.charAt(span.open() - 1) == '\n';
        boolean nextPara = previous.paragraph() == span.paragraph() - 1 && opensParagraph;
        return samePara || nextPara ? previous : null;
    }

    /** ", who won 9 percent," starting at a comma: the token of its closing comma, else -1. */
    private static int relativeClauseEnd(List<Token> tokens, int comma) {
        if (!tokens.get(comma).is(",") || comma + 1 >= tokens.size()
                || !(tokens.get(comma + 1).is("who") || tokens.get(comma + 1).is("whose"))) {
            return -1;
        }
        for (int k = comma + 2; k < Math.min(tokens.size(), comma + RELATIVE_CLAUSE_MAX); k++) {
            if (tokens.get(k).is(",")) {
                return k;
            }
            if (tokens.get(k).is(".") || tokens.get(k).is("\"")) {
                return -1;
            }
        }
        return -1;
    }

    /** "the 20-year-old", "the 67-year-old veteran" between the quote and its verb. */
    private static boolean describedByAge(List<Token> tokens, int first, int verb) {
        for (int k = first; k < verb; k++) {
            if (tokens.get(k).lower().contains("year-old") || tokens.get(k).is("year-old")) {
                return tokens.get(first).is("the");
            }
        }
        return false;
    }

    private static EntityKey firstPersonOfParagraphBefore(List<FoundMention> mentions, String normalised, int open) {
        int paragraphStart = normalised.lastIndexOf('\n', Math.max(0, open - 1));
        int previousStart = paragraphStart <= 0 ? 0 : normalised.lastIndexOf('\n', paragraphStart - 1) + 1;
        for (FoundMention m : startingIn(mentions, previousStart, open)) {
            if (m.start() >= previousStart && m.end() <= open && m.key().kind() == EntityKind.PERSON) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * "China issued a statement on Monday. '…,' the statement said": the subject of the sentence that last spoke of a
     * statement before the quote (a person, a body or a state named before the word), else null.
     */
    private EntityKey issuerOfStatementBefore(List<Token> tokens, List<FoundMention> mentions, int open) {
        for (int k = open - 1; k >= Math.max(0, open - STATEMENT_REACH); k--) {
            if (!statementNouns.contains(tokens.get(k).lower())) {
                continue;
            }
            int sentenceStart = k;
            while (sentenceStart > 0 && !tokens.get(sentenceStart - 1).is(".")) {
                sentenceStart--;
            }
            EntityKey body = firstOrganisationIn(mentions, tokens.get(sentenceStart).start(), tokens.get(k).start());
            EntityKey speaker = lastSpeakerIn(mentions, tokens, tokens.get(sentenceStart).start(), tokens.get(k).start());
            // "A spokesman for the Ministry of National Defence of the DPRK issued a statement": the body, not the
            // state it belongs to
            return body != null && (speaker == null || speaker.kind() == EntityKind.COUNTRY) ? body : speaker;
        }
        return null;
    }

    private static EntityKey firstOrganisationIn(List<FoundMention> mentions, int from, int to) {
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.end() <= to && m.key().kind() == EntityKind.ORGANIZATION && m.how() != FoundMention.How.PRONOUN) {
                return m.key();
            }
        }
        return null;
    }

    /** The organisation named last before offset: what a bare "it" that speaks refers to. */
    private static EntityKey lastOrganisationBefore(List<FoundMention> mentions, int offset) {
        EntityKey last = null;
        for (FoundMention m : mentions) {
            if (m.end() <= offset && m.key().kind() == EntityKind.ORGANIZATION) {
                last = m.key();
            }
        }
        return last;
    }

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^)]*\\)");
    /** What may stand between a subject and its verb: an adverb, or a short tag between commas (", R-Neb.,"). */
    private static final java.util.regex.Pattern ADJACENT = java.util.regex.Pattern.compile(
            "\\p{L}+ly|also|then|later|again|,[^,]{1,20},");

    /** The first person or body named in [from, to): the subject of a main clause. */
    private static EntityKey firstSpeakerIn(List<FoundMention> mentions, int from, int to) {
        List<FoundMention> inSpan = startingIn(mentions, from, to).stream()
                .filter(m -> m.start() >= from && m.end() <= to && m.key().kind() != EntityKind.LOCATION).toList();
        for (FoundMention m : inSpan) {
            // ("Serbian President Aleksandar Vucic, who ...", "The Turkish leader struck a tone, saying": the demonym
            // of the title is the person's, who speaks; "The Palestinian resistance group Hamas welcomed": the
            // demonym describes the name a few words after it)
            boolean describing = m.key().kind() != EntityKind.PERSON && inSpan.stream().anyMatch(p -> p != m
                    && p.sentence() == m.sentence() && (p.key().kind() == EntityKind.PERSON
                            && p.phraseFirst() <= m.first() && m.last() <= p.last()
                            || m.how() == FoundMention.How.DEMONYM && p.first() > m.last()
                            && p.first() - m.last() <= DESCRIBED_NAME_REACH && p.start() - m.end() <= DESCRIBED_NAME_CHARS));
            if (!describing) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * "Guyana's Agent before the court, former Foreign Affairs Minister Carl Greenidge, described": the subject of a
     * verb after an apposition; where it opens with a possessor ("Guyana's", "Putin's") and the apposition names a
     * person, that person holds the possessor's role and speaks; else the first named, as for a main clause. A
     * possessive pronoun is a possessor too: "Her counterpart in the Rajya Sabha, Arun Jaitley, called".
     */
    private static EntityKey appositionSubject(List<FoundMention> mentions, List<Token> tokens, int from, int to) {
        List<FoundMention> inSpan = startingIn(mentions, from, to).stream()
                .filter(m -> m.start() >= from && m.end() <= to && m.key().kind() != EntityKind.LOCATION).toList();
        if (!inSpan.isEmpty() && (possessive(tokens, inSpan.get(0).end())
                || tokens.get(firstTokenFrom(tokens, inSpan.get(0).start())).isPossessivePronoun()
                || ofAHead(tokens, firstTokenFrom(tokens, from), firstTokenFrom(tokens, inSpan.get(0).start())))) {
            for (FoundMention m : inSpan) {
                if (m.key().kind() == EntityKind.PERSON && !m.key().equals(inSpan.get(0).key())
                        && !possessive(tokens, m.end()) && opensApposition(tokens, firstTokenFrom(tokens, m.start()))) {
                    return m.key();
                }
            }
        }
        return firstSpeakerIn(mentions, from, to);
    }

    /** How many words a head may have before the "of" of the body it names: "The flagbearer of the opposition". */
    private static final int HEAD_WORDS = 5;

    /**
     * Whether the body at {@code body} is named after an "of" of the sentence's head, with no comma before it ("The
     * flagbearer of the opposition New Patriotic Party (NPP), Nana Akufo-Addo,"): it tells whose the title is, as a
     * possessor does.
     */
    private static boolean ofAHead(List<Token> tokens, int sentenceStart, int body) {
        for (int k = sentenceStart; k < body; k++) {
            if (!tokens.get(k).isWord()) {
                return false;
            }
            if (tokens.get(k).is("of")) {
                return k > sentenceStart && k - sentenceStart <= HEAD_WORDS;
            }
        }
        return false;
    }

    /** How many words of a title may stand between an apposition's comma and the name it gives. */
    private static final int APPOSED_TITLE_WORDS = 6;
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("which", "who", "whom", "whose", "that");
    /**
     * Lower-case words a title may hold besides its capitalised ones: the qualifiers of an office
     * (office-qualifiers.txt: "former Foreign Affairs Minister", "acting") and the words that join a title's parts.
     */
    private static final java.util.Set<String> TITLE_MODIFIERS = java.util.stream.Stream.concat(
            io.newsflow.extract.engine.dictionary.Dictionaries.readWords("office-qualifiers.txt").stream(),
            java.util.stream.Stream.of("then", "the", "of", "for", "and"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether the name at {@code name} opens an apposition, a few title words after its comma (", former Foreign
     * Affairs Minister Carl Greenidge,"), not inside a clause (", which met on Tuesday chaired by Prime Minister X,").
     */
    private static boolean opensApposition(List<Token> tokens, int name) {
        for (int k = name - 1; k >= Math.max(0, name - APPOSED_TITLE_WORDS - 1); k--) {
            if (tokens.get(k).is(",")) {
                return true;
            }
            if (RELATIVES.contains(tokens.get(k).lower()) || !tokens.get(k).isWord()
                    || !tokens.get(k).isCapitalised() && !TITLE_MODIFIERS.contains(tokens.get(k).lower())) {
                return false; // (", led by Minister X,": a verb, not a title, stands before the name)
            }
        }
        return false;
    }

    /**
     * The person or body named right before the verb at {@code to}, at most an adverb apart ("Cruz called", "Babler
     * also accused"): the verb's subject; else null, as a name further back may be anyone's in the clause.
     */
    private static EntityKey subjectRightBefore(List<FoundMention> mentions, int from, int to, String normalised) {
        EntityKey nearest = null;
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.start() >= from && m.end() <= to && m.key().kind() != EntityKind.LOCATION) {
                // (a name in another script in brackets stays with the name: "Chen Binhua (陳斌華) accused")
                String between = BRACKETED.matcher(normalised.substring(m.end(), to)).replaceAll("").strip();
                // ("Sen. Ben Sasse, R-Neb., called": a short tag between commas stays with the name too)
                boolean adjacent = between.isEmpty() || ADJACENT.matcher(between).matches();
                nearest = adjacent ? m.key() : null;
            }
        }
        return nearest;
    }

    /** How many tokens after a demonym the name it describes may start: "Palestinian resistance group Hamas". */
    private static final int DESCRIBED_NAME_REACH = 4;
    private static final int DESCRIBED_NAME_CHARS = 40;

    private static EntityKey lastSpeakerIn(List<FoundMention> mentions, List<Token> tokens, int from, int to) {
        EntityKey best = null;
        EntityKey person = null;
        EntityKey possessor = null;
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.start() >= from && m.end() <= to && m.key().kind() != EntityKind.LOCATION) {
                best = m.key();
                if (m.key().kind() == EntityKind.PERSON && person == null) {
                    // "President Putin's spokesman, Dmitry Peskov, said": the one whose spokesman speaks is no speaker
                    if (possessive(tokens, m.end())) {
                        possessor = possessor == null ? m.key() : possessor;
                    } else {
                        person = m.key();
                    }
                }
            }
        }
        return person != null ? person : possessor != null ? possessor : best;
    }

    /** Whether a possessive "'s" follows the mention ending at {@code end}. */
    private static boolean possessive(List<Token> tokens, int end) {
        int k = firstTokenFrom(tokens, end);
        return k < tokens.size() && tokens.get(k).isPossessiveMark();
    }

    private static int paragraphEnd(String normalised, int from) {
        int end = normalised.indexOf('\n', from);
        return end < 0 ? normalised.length() : end;
    }

    /**
     * A few words quoted inside a sentence ('defending their democracy "in the face of Russian interference"') are
     * a partial quote, not a direct quotation: the mark follows a word and the quote starts in lower case.
     */
    private static boolean isPartial(String normalised, int open, int textStart) {
        int k = open - 1;
        while (k >= 0 && normalised.charAt(k) == ' ') {
            k--;
        }
        boolean afterWord = k >= 0 && Character.isLetterOrDigit(normalised.charAt(k));
        return afterWord && textStart < normalised.length() && Character.isLowerCase(normalised.charAt(textStart));
    }

    /**
     * The mentions (sorted by start) that start in [from, to): every quote looks only near itself, and a scan of
     * all mentions per quote would cost quotes times mentions.
     */
    private static List<FoundMention> startingIn(List<FoundMention> mentions, int from, int to) {
        int first = firstMentionFrom(mentions, from);
        return mentions.subList(first, Math.max(first, firstMentionFrom(mentions, to)));
    }

    private static int firstMentionFrom(List<FoundMention> mentions, int offset) {
        return firstStartingFrom(mentions, FoundMention::start, offset);
    }

    private static int firstTokenFrom(List<Token> tokens, int offset) {
        return firstStartingFrom(tokens, Token::start, offset);
    }

    /** The index of the first item starting at or after offset, in items sorted by their start. */
    private static <T> int firstStartingFrom(List<T> items, ToIntFunction<T> start, int offset) {
        int lo = 0;
        int hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int words(String text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
