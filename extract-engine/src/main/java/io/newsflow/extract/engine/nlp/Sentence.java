package io.newsflow.extract.engine.nlp;

import java.util.List;

/** A sentence of the body: its span in the article text, its paragraph and its tokens. */
public record Sentence(int index, int paragraph, int start, int end, List<Token> tokens) {
}
