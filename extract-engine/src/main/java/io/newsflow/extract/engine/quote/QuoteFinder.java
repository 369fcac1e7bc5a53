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
    private static final int AFTER_WINDOW = 10;
    private static final int MIN_PARTIAL_WORDS = 2;
    private static final int REPORTED_SPAN = 25;
    private static final int RELATIVE_CLAUSE_MAX = 15;

    public QuoteFinder(DictionaryIndex index) {
        this.index = index;
        this.statementNouns = index.dictionaries().statementNouns();
    }

    public List<FoundQuote> find(String normalised, int bodyStart, List<Sentence> sentences, EntityTable table,
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
        mentions.sort(java.util.Comparator.comparingInt(FoundMention::start));

        List<FoundQuote> quotes = new ArrayList<>();
        List<QuoteSpans.Span> spansOfQuotes = new ArrayList<>();
        for (QuoteSpans.Span span : QuoteSpans.find(normalised, bodyStart)) {
            deadline.tick();
            int start = span.open() + 1;
            int end = span.close();
            while (start < end && Character.isWhitespace(normalised.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(normalised.charAt(end - 1)) || normalised.charAt(end - 1) == ',')) {
                end--;
            }
            EntityKey reporter = null;
            if (words(normalised, start, end) < MIN_WORDS || isPartial(normalised, span.open(), start)) {
                // a phrase quoted inside a sentence is a quotation when the sentence says who said it:
                // 'McCarthy also said the dollar could be "the trigger for further downside"'
                reporter = words(normalised, start, end) >= MIN_PARTIAL_WORDS
                        ? reporterBefore(span, tokens, sentenceOf, mentions) : null;
                if (reporter == null) {
                    continue;
                }
            }
            EntityKey speaker = reporter != null ? reporter : after(span, tokens, mentions, normalised);
            if (speaker == null) {
                speaker = before(span, tokens, sentenceOf, mentions);
            }
            if (speaker == null && !hasOwnAttribution(span, tokens, normalised)) {
                speaker = continued(quotes, span, normalised);
                if (speaker == null && span.closed() && opensParagraph(span, normalised)) {
                    speaker = reporterOfParagraphBefore(span, tokens, mentions, normalised);
                }
            }
            quotes.add(new FoundQuote(start, end, span.paragraph(), speaker));
            spansOfQuotes.add(span);
        }
        return runOnSpeakers(quotes, spansOfQuotes, normalised);
    }

    /**
     * A quote running over several paragraphs leaves each but the last unclosed, and its attribution comes at the
     * end: an unclosed quote without a speaker takes the speaker of the quote that opens the next paragraph.
     */
    private static List<FoundQuote> runOnSpeakers(List<FoundQuote> quotes, List<QuoteSpans.Span> spans, String normalised) {
        for (int i = quotes.size() - 2; i >= 0; i--) {
            FoundQuote q = quotes.get(i);
            FoundQuote next = quotes.get(i + 1);
            if (q.speaker() == null && !spans.get(i).closed() && next.speaker() != null
                    && next.paragraph() == q.paragraph() + 1 && opensParagraph(spans.get(i + 1), normalised)) {
                quotes.set(i, new FoundQuote(q.start(), q.end(), q.paragraph(), next.speaker()));
            }
        }
        return quotes;
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

    /** ', he said', ', the diplomat added', ', said Maria Zakharova' right after the closing mark. */
    private EntityKey after(QuoteSpans.Span span, List<Token> tokens, List<FoundMention> mentions,
            String normalised) {
        if (!span.closed()) {
            return null;
        }
        int first = firstTokenFrom(tokens, span.close() + 1);
        int paragraphEnd = paragraphEnd(normalised, span.close());
        int verb = -1;
        int window = first + AFTER_WINDOW;
        for (int k = first; k < tokens.size() && k < window; k++) {
            Token t = tokens.get(k);
            if (t.is("\"") || t.is(".") || t.start() > paragraphEnd) {
                break;
            }
            int clauseEnd = relativeClauseEnd(tokens, k);
            if (clauseEnd > k) {
                window += clauseEnd - k; // '"…," N'Guessan, who won 9 percent, told journalists'
                k = clauseEnd;
                continue;
            }
            if (index.isSpeechVerb(t.lower())) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        EntityKey between = lastSpeakerIn(mentions, span.close(), tokens.get(verb).start());
        if (between != null) {
            return between;
        }
        if (describedByAge(tokens, first, verb)) {
            // '"…," the 20-year-old said': the subject of the paragraph before, its first person
            return firstPersonOfParagraphBefore(mentions, normalised, span.open());
        }
        if (verb == first + 1 && tokens.get(first).is("it") || verb == first + 2 && tokens.get(first).is("the")
                && statementNouns.contains(tokens.get(first + 1).lower())) {
            // '"…," it said in a statement', '"…," the statement says': the body named before
            return lastOrganisationBefore(mentions, span.open());
        }
        int limit = Math.min(tokens.size() - 1, verb + 10);
        for (int k = verb + 1; k <= limit; k++) {
            if (tokens.get(k).is(".") || tokens.get(k).is("\"")) {
                limit = k;
                break;
            }
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

    /** 'X said: "…' — a verb of saying and a colon or comma right before the opening mark. */
    private EntityKey before(QuoteSpans.Span span, List<Token> tokens, List<Integer> sentenceOf,
            List<FoundMention> mentions) {
        int k = firstTokenFrom(tokens, span.open()) - 1;
        if (k < 1 || !(tokens.get(k).is(":") || tokens.get(k).is(","))) {
            return null;
        }
        EntityKey source = accordingTo(tokens, mentions, k);
        if (source != null) {
            return source;
        }
        int sentence = sentenceOf.get(k);
        for (int v = k - 1; v >= Math.max(0, k - 4); v--) {
            if (index.isSpeechVerb(tokens.get(v).lower())) {
                int sentenceStart = v;
                while (sentenceStart > 0 && sentenceOf.get(sentenceStart - 1) == sentence) {
                    sentenceStart--;
                }
                return lastSpeakerIn(mentions, tokens.get(sentenceStart).start(), tokens.get(v).start());
            }
        }
        return null;
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

    /** The subject of a verb of saying earlier in the quote's sentence ('X told AFP the drop "does reflect…"'). */
    private EntityKey reporterBefore(QuoteSpans.Span span, List<Token> tokens, List<Integer> sentenceOf,
            List<FoundMention> mentions) {
        int open = firstTokenFrom(tokens, span.open());
        if (open <= 0 || open >= tokens.size()) {
            return null;
        }
        int sentence = sentenceOf.get(open);
        for (int v = open - 1; v >= Math.max(0, open - REPORTED_SPAN) && sentenceOf.get(v) == sentence; v--) {
            if (tokens.get(v).is("\"")) {
                return null;
            }
            if (index.isSpeechVerb(tokens.get(v).lower())) {
                int sentenceStart = v;
                while (sentenceStart > 0 && sentenceOf.get(sentenceStart - 1) == sentence) {
                    sentenceStart--;
                }
                EntityKey subject = lastSpeakerIn(mentions, tokens.get(sentenceStart).start(), tokens.get(v).start());
                return subject != null ? subject : firstPersonIn(mentions, tokens.get(v).end(), tokens.get(open).start());
            }
        }
        return null;
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

    /** A quote with no attribution continues the speaker of the quote before it, in its paragraph or the one before. */
    private static EntityKey continued(List<FoundQuote> quotes, QuoteSpans.Span span, String normalised) {
        if (quotes.isEmpty()) {
            return null;
        }
        FoundQuote previous = quotes.get(quotes.size() - 1);
        boolean samePara = previous.paragraph() == span.paragraph();
        boolean opensParagraph = span.open() == 0 || normalised.charAt(span.open() - 1) == '\n';
        boolean nextPara = previous.paragraph() == span.paragraph() - 1 && opensParagraph;
        return samePara || nextPara ? previous.speaker() : null;
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

    private static EntityKey lastSpeakerIn(List<FoundMention> mentions, int from, int to) {
        EntityKey best = null;
        EntityKey person = null;
        for (FoundMention m : startingIn(mentions, from, to)) {
            if (m.start() >= from && m.end() <= to && m.key().kind() != EntityKind.LOCATION) {
                best = m.key();
                if (m.key().kind() == EntityKind.PERSON && person == null) {
                    person = m.key();
                }
            }
        }
        return person != null ? person : best;
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
