package io.newsflow.extract.engine.entity;

import java.util.List;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.entity.GazetteerEntry.Type;
import io.newsflow.extract.engine.nlp.Token;

/**
 * Where a title's remit ends and the name after it starts: "Minister of Trade Zulkifli Hasan", "Head of the
 * National Disaster Mitigation Agency (BNPB) Doni Monardo", "Minister of Foreign Affairs, African Cooperation and
 * Moroccan Expatriates, Nasser Bourita", "High Representative on Rohingya Issue and Priority Affairs Dr Khalilur
 * Rahman". Portfolio words, organisation words, countries, forms of address and known given names tell the two
 * apart.
 */
final class TitleRemits {
    private final DictionaryIndex index;

    TitleRemits(DictionaryIndex index) {
        this.index = index;
    }

    /**
     * "Head of the National Disaster Mitigation Agency (BNPB) Doni Monardo": where the name starts after "of", a body
     * ending in an organisation word, its acronym in brackets and a country; -1 when the words are not that shape.
     */
    int afterBodyOfRole(List<Token> tokens, Gazetteer.Hit[] hitAt, int of) {
        // "Cabinet Secretary for Foreign Affairs Musalia Mudavadi": a portfolio after "for" as after "of"
        if (of + 2 >= tokens.size() || !(tokens.get(of).is("of") || tokens.get(of).is("for") || tokens.get(of).is("on"))) {
            return -1;
        }
        if (tokens.get(of).is("on")) {
            // "High Representative on Rohingya Issue and Priority Affairs Dr Khalilur Rahman": a remit of any words
            // is told from the name only by a form of address between them, or by the commas of an apposition
            // ("Senior Special Assistant on Media and Publicity, Garba Shehu,")
            int honorific = honorificAfterRemit(tokens, of + 1);
            return honorific >= 0 ? honorific : nameInClosedApposition(tokens, of + 1);
        }
        int first = tokens.get(of + 1).is("the") ? of + 2 : of + 1;
        int bodyEnd = -1;
        for (int k = first, limit = Math.min(tokens.size(), first + 8); k < limit && tokens.get(k).isCapitalised(); k++) {
            if (index.isOrgWord(tokens.get(k).lower())) {
                bodyEnd = k;
            }
        }
        if (bodyEnd < 0) {
            int portfolioEnd = afterPortfolio(tokens, hitAt, first);
            int honorific = portfolioEnd >= 0 ? portfolioEnd : honorificAfterRemit(tokens, first);
            int given = honorific >= 0 ? honorific : givenNameAfterRemit(tokens, first);
            return given >= 0 ? given : nameInClosedApposition(tokens, first);
        }
        int k = bodyEnd + 1;
        if (k + 2 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            k += 3;
        }
        Gazetteer.Hit country = k < tokens.size() ? hitAt[k] : null;
        if (country != null && country.first() == k && country.has(Type.COUNTRY)) {
            k = country.last() + 1;
        }
        if (k + 1 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).isCapitalised()) {
            k++; // "Director-General of the Ghana Health Service, Dr Patrick Kuma-Aboagye": the name in apposition
        }
        return k < tokens.size() && tokens.get(k).isCapitalised() ? k : -1;
    }

    /** Words that may join the capitalised words of a body's name: "Indigenous People of Biafra". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "and", "the", "de");

    /**
     * "The leader of the proscribed Indigenous People of Biafra (IPOB), Nnamdi Kanu, has been": a body's name of
     * capitalised words (after at most one word describing it), its acronym, and a name between two commas; where the
     * name starts, else -1.
     */
    private static int nameInClosedApposition(List<Token> tokens, int first) {
        int k = first < tokens.size() && !tokens.get(first).isCapitalised() && tokens.get(first).isWord() ? first + 1 : first;
        int start = k;
        while (k < Math.min(tokens.size(), start + 8) && (tokens.get(k).isCapitalised()
                || k > start && NAME_JOINERS.contains(tokens.get(k).lower()))) {
            k++;
        }
        if (k == start || !tokens.get(k - 1).isCapitalised()) {
            return -1;
        }
        if (k + 2 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 2).is(")")) {
            k += 3;
        }
        if (k + 2 >= tokens.size() || !tokens.get(k).is(",") || !tokens.get(k + 1).isCapitalised()) {
            return -1;
        }
        int name = k + 1;
        int end = name;
        while (end < Math.min(tokens.size(), name + 4) && tokens.get(end).isCapitalised()) {
            end++;
        }
        // two to four words and the closing comma
        return end - name >= 2 && end < tokens.size() && tokens.get(end).is(",") ? name : -1;
    }

    /**
     * "Minister of Trade Zulkifli Hasan", "of Home Affairs X", "Minister of Foreign Affairs and Trade, Péter
     * Szijjártó", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, Nasser Bourita": where
     * the name starts after the portfolios, else -1.
     */
    private int afterPortfolio(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        int k = portfolioEnd(tokens, hitAt, first);
        if (k == first || k + 1 >= tokens.size()) {
            return -1;
        }
        Gazetteer.Hit state = tokens.get(k).is("of") ? hitAt[k + 1] : null;
        if (state != null && state.first() == k + 1 && state.has(Type.COUNTRY) && state.last() + 1 < tokens.size()) {
            k = state.last() + 1; // "Deputy Prime Minister for European Integration of Ukraine Olha Stefanishyna"
        }
        if (k + 3 < tokens.size() && tokens.get(k).is("(") && tokens.get(k + 1).isAllCaps() && tokens.get(k + 2).is(")")) {
            k += 3; // "Inspector-General of Police (IGP), Kayode Egbetokun": the title's acronym in brackets
        }
        int closed = commaBeforeName(tokens, hitAt, k);
        if (closed > 0) {
            return closed + 1; // "Minister of Information and National Orientation, Mohammed Idris": a last word unknown
        }
        if (tokens.get(k).isCapitalised()) {
            return k;
        }
        if (!tokens.get(k).is(",") || !tokens.get(k + 1).isCapitalised()) {
            return -1;
        }
        // the last of portfolios listed with commas is joined by "and", which no name holds
        int listed = k + 1;
        int and = -1;
        while (listed < tokens.size() && (tokens.get(listed).isCapitalised() || tokens.get(listed).is("and"))) {
            and = tokens.get(listed).is("and") ? listed : and;
            listed++;
        }
        boolean moreListed = and > 0 && listed + 1 < tokens.size() && tokens.get(listed).is(",")
                && tokens.get(listed + 1).isCapitalised();
        if (moreListed) {
            return listed + 1;
        }
        // "Minister for Land Management, Cooperatives and Poverty Alleviation Padma Aryal": no comma before the
        // name, which starts after the portfolio words of the last listed portfolio
        int lastPortfolioEnd = and > 0 ? portfolioEnd(tokens, hitAt, and + 1) : -1;
        return lastPortfolioEnd > and + 1 && lastPortfolioEnd < listed - 1 ? lastPortfolioEnd : k + 1;
    }

    /**
     * After a title that names a portfolio ("Minister of Foreign Affairs"), the further portfolios it lists: "and
     * Trade, Péter Szijjártó", ", African Cooperation and Moroccan Expatriates, Nasser Bourita"; returns where the
     * name or its comma stands.
     */
    int afterFurtherPortfolios(List<Token> tokens, Gazetteer.Hit[] hitAt, int from) {
        if (from + 1 >= tokens.size()) {
            return from;
        }
        if (tokens.get(from).is("and")) {
            int end = portfolioEnd(tokens, hitAt, from + 1);
            // "and Trade, Péter Szijjártó"; without the comma, "and Expatriates Ayman Safadi" ends at a given name
            boolean named = end > from + 1 && end + 1 < tokens.size() && tokens.get(end).isCapitalised()
                    && index.givenName(tokens.get(end).lower()) != null;
            if (end > from + 1 && end < tokens.size() && tokens.get(end).is(",") || named) {
                return end;
            }
            // "Minister of Defence and Veterans Welfare, John Smith": a further portfolio of words no dictionary
            // holds, closed by the comma of the name's apposition (the name after it known or not)
            int run = from + 1;
            while (run < tokens.size() && run <= from + REMIT_WORDS && tokens.get(run).isCapitalised()
                    && tokens.get(run).isWord() && (hitAt[run] == null || !hitAt[run].has(Type.ROLE))) {
                run++;
            }
            return run > from + 1 && run + 1 < tokens.size() && tokens.get(run).is(",")
                    && tokens.get(run + 1).isCapitalised() && tokens.get(run + 1).isWord()
                    && (hitAt[run + 1] == null || !hitAt[run + 1].has(Type.ROLE)) ? run : from;
        }
        if (!tokens.get(from).is(",")) {
            return from;
        }
        int k = from + 1;
        int and = -1;
        while (k < tokens.size() && (tokens.get(k).isCapitalised() || tokens.get(k).is("and"))) {
            and = tokens.get(k).is("and") ? k : and;
            k++;
        }
        if (and > 0 && k + 1 < tokens.size() && tokens.get(k).is(",") && tokens.get(k + 1).isCapitalised()) {
            return k;
        }
        // "Minister of Foreign Affairs, Emigration and Egyptian Expatriates Badr Abdelatty": without a comma the
        // name opens with a known given name after the last portfolio
        for (int g = and + 2; and > 0 && g + 1 < k; g++) {
            if (index.givenName(tokens.get(g).lower()) != null) {
                return g;
            }
        }
        return from;
    }

    /** The token after a run of portfolio words from first: capitalised role modifiers, demonyms and "and". */
    private int portfolioEnd(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        int k = first;
        while (k < tokens.size()) {
            Gazetteer.Hit place = hitAt[k] != null && hitAt[k].first() == k && hitAt[k].has(Type.PLACE)
                    ? hitAt[k] : null;
            if (place != null && tokens.get(k).isCapitalised()) {
                // "Regional Director for the Eastern Mediterranean Hanan Balkhy": a region's remit
                k = place.last() + 1;
            } else if (tokens.get(k).isCapitalised() && (index.isRoleModifier(tokens.get(k).lower())
                    || hitAt[k] != null && hitAt[k].first() == k && hitAt[k].last() == k && hitAt[k].has(Type.COUNTRY))
                    || k > first && tokens.get(k).is("and")) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The comma after a short run of capitalised words from k, when a name follows it; else -1. */
    private int commaBeforeName(List<Token> tokens, Gazetteer.Hit[] hitAt, int k) {
        int run = k;
        while (run < tokens.size() && run < k + 2 && tokens.get(run).isCapitalised() && tokens.get(run).isWord()) {
            run++;
        }
        if (run == k || run + 2 >= tokens.size() || !tokens.get(run).is(",") || index.givenName(tokens.get(k).lower()) != null) {
            return -1;
        }
        // a known given name, or two capitalised words that are no title or country ("Jagat Prakash Nadda")
        return index.givenName(tokens.get(run + 1).lower()) != null && tokens.get(run + 2).isCapitalised()
                || nameWord(tokens, hitAt, run + 1) && nameWord(tokens, hitAt, run + 2) ? run : -1;
    }

    private static boolean nameWord(List<Token> tokens, Gazetteer.Hit[] hitAt, int i) {
        return i < tokens.size() && tokens.get(i).isCapitalised() && tokens.get(i).isWord() && hitAt[i] == null;
    }

    /** Where a name starts after a form of address that ends a remit of capitalised words and "and", else -1. */
    private static int honorificAfterRemit(List<Token> tokens, int first) {
        for (int k = first; k < Math.min(tokens.size() - 1, first + REMIT_WORDS); k++) {
            Token t = tokens.get(k);
            if (k > first && Honorifics.isHonorific(t.lower()) && tokens.get(k + 1).isCapitalised()) {
                return k;
            }
            if (!t.isCapitalised() && !t.is("and")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "Minister of Migrant Workers Protection Abdul Kadir Karding": a remit of words no dictionary knows ends where a
     * known given name opens a name of two words or more; that token, else -1.
     */
    private int givenNameAfterRemit(List<Token> tokens, int first) {
        for (int k = first + 1; k < Math.min(tokens.size() - 1, first + REMIT_WORDS); k++) {
            if (!tokens.get(k).isCapitalised() && !tokens.get(k).is("and")) {
                return -1;
            }
            if (index.givenName(tokens.get(k).lower()) != null && tokens.get(k + 1).isCapitalised()
                    && tokens.get(k + 1).isWord()) {
                return k;
            }
        }
        return -1;
    }

    /** How many words a remit before a form of address may have: "on Rohingya Issue and Priority Affairs Dr". */
    private static final int REMIT_WORDS = 8;
}
