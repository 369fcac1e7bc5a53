package io.newsflow.extract.engine.entity;

import java.util.List;

import io.newsflow.extract.engine.dictionary.DictionaryIndex;
import io.newsflow.extract.engine.nlp.Token;

/**
 * The place a sentence opens with: "In Beijing, the Foreign Ministry said", "In Moscow, Deputy Foreign Minister
 * Grigory Karasin said". A body or an official named right after its comma is that place's state's, wherever the
 * story was filed.
 */
final class FrontedPlace {

    private FrontedPlace() {
    }

    /**
     * The country of the place the sentence opens "In <Place>," with, when what starts at {@code first} stands right
     * after its comma (or after "the"), else null.
     */
    static String countryBefore(List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        if (tokens.size() < 4 || !tokens.get(0).text().equals("In") || hitAt[1] == null || hitAt[1].first() != 1) {
            return null;
        }
        int comma = hitAt[1].last() + 1;
        boolean rightAfter = comma < tokens.size() && tokens.get(comma).is(",")
                && (first == comma + 1 || first == comma + 2 && tokens.get(comma + 1).is("the"));
        return rightAfter && EntityRecogniser.placeIn(hitAt[1]) ? EntityRecogniser.countryIn(hitAt[1]) : null;
    }

    /**
     * As {@link #countryBefore}, for an official: the seat of an international body gives none ("In Brussels,
     * European Commissioner Marta Kos said" serves the EU, not Belgium).
     */
    static String officialsCountryBefore(DictionaryIndex index, List<Token> tokens, Gazetteer.Hit[] hitAt, int first) {
        String country = countryBefore(tokens, hitAt, first);
        if (country == null) {
            return null;
        }
        StringBuilder place = new StringBuilder();
        for (int i = 1; i <= hitAt[1].last(); i++) {
            place.append(i > 1 ? " " : "").append(tokens.get(i).lower());
        }
        return index.isIgoSeat(place.toString()) ? null : country;
    }
}
