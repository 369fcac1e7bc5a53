package io.newsflow.extract.engine.dictionary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.newsflow.extract.engine.nlp.Token;
import io.newsflow.extract.engine.nlp.WordTokenizer;

/**
 * Multi-word phrases over lower-cased tokens, built once: finding the longest phrase at a token costs one map
 * lookup per token of the phrase, whatever the size of the dictionary.
 */
public final class PhraseTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        private final Map<String, Node<T>> next = new HashMap<>(4);
        private final List<T> values = new ArrayList<>(1);
    }

    /** A phrase found at tokens [first, last]. */
    public record Match<T>(int first, int last, List<T> values) {
        public int length() {
            return last - first + 1;
        }
    }

    public void add(String phrase, T value) {
        List<Token> alone = WordTokenizer.tokenize(phrase, 0, phrase.length(), 0);
        addTokens(alone, value);
        // "Lt. Gen.", "Sen.": the tokenizer keeps an abbreviation's dot when a capital follows, as a name does in the
        // text; the phrase alone ends with none, so a phrase with such a dot is keyed both ways
        if (phrase.indexOf('.') >= 0) {
            String beforeName = phrase + " A";
            List<Token> asBeforeName = WordTokenizer.tokenize(beforeName, 0, beforeName.length(), 0);
            addTokens(asBeforeName.subList(0, asBeforeName.size() - 1), value);
        }
    }

    private void addTokens(List<Token> tokens, T value) {
        if (tokens.isEmpty()) {
            return;
        }
        Node<T> node = root;
        for (Token token : tokens) {
            node = node.next.computeIfAbsent(token.lower(), k -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** The longest phrase starting at tokens[from], or null. */
    public Match<T> longestAt(List<Token> tokens, int from) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).lower());
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(from, i, node.values);
            }
        }
        return best;
    }

    /** Every phrase starting at tokens[from], shortest first. */
    public List<Match<T>> allAt(List<Token> tokens, int from) {
        List<Match<T>> all = new ArrayList<>(2);
        Node<T> node = root;
        for (int i = from; i < tokens.size(); i++) {
            node = node.next.get(tokens.get(i).lower());
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                all.add(new Match<>(from, i, node.values));
            }
        }
        return all;
    }

    /** The longest phrase ending at tokens[to] whose start is not before limit, or null; for role phrases read leftwards. */
    public Match<T> longestEndingAt(List<Token> tokens, int to, int limit) {
        Match<T> best = null;
        for (int from = Math.max(limit, to - 5); from <= to; from++) {
            Match<T> m = exactly(tokens, from, to);
            if (m != null) {
                return m;
            }
        }
        return best;
    }

    private Match<T> exactly(List<Token> tokens, int from, int to) {
        Node<T> node = root;
        for (int i = from; i <= to; i++) {
            node = node.next.get(tokens.get(i).lower());
            if (node == null) {
                return null;
            }
        }
        return node.values.isEmpty() ? null : new Match<>(from, to, node.values);
    }
}
