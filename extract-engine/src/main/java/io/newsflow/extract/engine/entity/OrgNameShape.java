package io.newsflow.extract.engine.entity;

import java.util.List;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.GazetteerEntry.Type;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Where an organisation's name written by its shape ends: the spans of names that no dictionary holds whole, found
 * from the words around them (the organisation word at the end, an outlet's kind after it, a known name inside it).
 */
final class OrgNameShape {
    private final DictionaryIndex index;

    OrgNameShape(DictionaryIndex index) {
        this.index = index;
    }

    /**
     * The last token of a longer name that a known body's name or acronym starts: "CMC Markets" is a broker, not the
     * Central Military Commission, and "Joint Staff Department" a department of it. The name ends in an organisation
     * word that no dictionary phrase covers ("Magistrate's Court" too); -1 when the known name stands alone.
     */
    int knownNameGoesOn(List<Token> tokens, Gazetteer.Hit[] hitAt, Gazetteer.Hit known) {
        int end = -1;
        int j = known.last() + 1;
        if (j < tokens.size() && possessiveInName(tokens, hitAt, j)) {
            j++; // "Magistrate's Court": a title's possessive names the body it sits in
        }
        while (j < tokens.size() && tokens.get(j).isCapitalised() && tokens.get(j).isWord()) {
            Gazetteer.Hit inner = hitAt[j];
            if (inner == null) {
                if (index.isOrgWord(tokens.get(j).lower())) {
                    end = j;
                }
                j++;
            } else if (isBody(inner)) {
                j = inner.last() + 1;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * "Ministry of Foreign Affairs and Expatriates", "Department of Foreign Affairs and Trade": a known ministry named
     * by its portfolio goes on with "and" and a further portfolio, capitalised words that no dictionary knows and no
     * given name opens. Returns its last token, or -1.
     */
    int furtherPortfolioEnd(List<Token> tokens, Gazetteer.Hit[] hitAt, Gazetteer.Hit known) {
        int j = known.last() + 1;
        if (!isBody(known) || j + 1 >= tokens.size() || !tokens.get(j).is("and")
                || tokens.subList(known.first(), known.last()).stream().noneMatch(t -> t.is("of"))) {
            return -1; // only a name by its portfolio ("Ministry of Foreign Affairs") takes a further one
        }
        int end = -1;
        for (j++; j < tokens.size() && hitAt[j] == null && tokens.get(j).isCapitalised() && tokens.get(j).isWord()
                && index.givenName(tokens.get(j).lower()) == null; j++) {
            end = j;
        }
        boolean nameGoesOn = j < tokens.size() && (hitAt[j] != null || tokens.get(j).isCapitalised());
        return nameGoesOn ? -1 : end;
    }

    static boolean isBody(Gazetteer.Hit hit) {
        return hit.has(Type.ORG_HEAD) || hit.has(Type.ORG) || hit.has(Type.IGO);
    }

    /** A capitalised title ("Magistrate") or a known body: words a longer organisation's name may start with. */
    static boolean mayStartName(Gazetteer.Hit hit, List<Token> tokens) {
        return isBody(hit) || hit.has(Type.ROLE) && tokens.get(hit.first()).isCapitalised();
    }

    /**
     * "Magistrate's Court", "People's Bank", "Transport Salaried Staffs' Association": a possessive inside a name,
     * right before its organisation word.
     */
    boolean possessiveInName(List<Token> tokens, Gazetteer.Hit[] hitAt, int at) {
        boolean possessive = tokens.get(at).is("'s") || tokens.get(at).is("'") && at > 0
                && tokens.get(at - 1).lower().endsWith("s") && tokens.get(at - 1).end() == tokens.get(at).start();
        return possessive && at + 1 < tokens.size() && hitAt[at + 1] == null
                && tokens.get(at + 1).isCapitalised() && index.isOrgWord(tokens.get(at + 1).lower());
    }

    /**
     * "Department of Islamic Development Malaysia": a name that opens with its organisation word and "of" runs to its
     * last capitalised word, a country at its end included. Returns that token, or -1 when the name has no "of" part.
     */
    int ofNameEnd(List<Token> tokens, Gazetteer.Hit[] hitAt, int head) {
        if (head + 2 >= tokens.size() || !tokens.get(head + 1).is("of") || !index.isOrgWord(tokens.get(head).lower())) {
            return -1;
        }
        int end = -1;
        int j = tokens.get(head + 2).is("the") ? head + 3 : head + 2;
        while (j < tokens.size()) {
            Token w = tokens.get(j);
            Gazetteer.Hit hit = hitAt[j];
            if (hit != null && hit.first() == j && (hit.has(Type.COUNTRY) || hit.has(Type.PLACE))) {
                end = hit.last();
                j = hit.last() + 1;
            } else if (hit == null && w.isCapitalised() && w.isWord()) {
                end = j;
                j++;
            } else if (hit == null && (w.is("and") || w.is("of")) && j + 1 < tokens.size()
                    && tokens.get(j + 1).isCapitalised()) {
                j++;
            } else {
                break;
            }
        }
        return end;
    }

    /** The number of tokens of an outlet's kind ("newspaper", "news agency") at tokens[at]; 0 when there is none. */
    int outletKindAt(List<Token> tokens, int at) {
        return index.outletNounLength(tokens, at);
    }

    /** "(Jakim)" after a name: the token of a short name in brackets the dictionaries do not know, or -1. */
    static int shortNameInBrackets(List<Token> tokens, Gazetteer.Hit[] hitAt, int last) {
        int w = last + 2;
        if (w + 1 < tokens.size() && tokens.get(last + 1).is("(") && tokens.get(w + 1).is(")") && hitAt[w] == null
                && tokens.get(w).isCapitalised() && tokens.get(w).isWord() && tokens.get(w).text().length() <= 8) {
            return w;
        }
        return -1;
    }
}
