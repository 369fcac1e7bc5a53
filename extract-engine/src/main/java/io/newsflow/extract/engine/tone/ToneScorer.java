package io.newsflow.extract.engine.tone;

import java.util.List;
import java.util.Map;

import io.newsflow.extract.engine.nlp.Sentence;
import io.newsflow.extract.engine.nlp.Token;

/** GDELT-style tone: the share of positive words minus the share of negative words, in percent of all words. */
public final class ToneScorer {
    private final Map<String, Integer> lexicon;

    public ToneScorer(Map<String, Integer> lexicon) {
        this.lexicon = lexicon;
    }

    public Double score(List<Sentence> sentences) {
        int words = 0;
        int positive = 0;
        int negative = 0;
        for (Sentence s : sentences) {
            for (Token t : s.tokens()) {
                if (!t.isWord()) {
                    continue;
                }
                words++;
                Integer score = lexicon.get(t.lower());
                if (score != null && score > 0) {
                    positive++;
                } else if (score != null && score < 0) {
                    negative++;
                }
            }
        }
        if (words == 0) {
            return null;
        }
        return Math.round((positive - negative) * 10000.0 / words) / 100.0;
    }
}
