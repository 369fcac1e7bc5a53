package io.newsflow.extract.engine.event;

import java.time.LocalDate;

import io.newsflow.extract.engine.time.TimeExpressions;

/** The first time expression of a sentence, resolved against a story date, as text. */
final class TimeExpressionsProbe {
    private TimeExpressionsProbe() {
    }

    static String firstDate(String sentence, String storyDate) {
        return TimeExpressions.find(sentence, 0, sentence.length(), LocalDate.parse(storyDate), null).get(0).point()
                .date().toString();
    }
}
