package io.newsflow.extract.engine.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Where quotations are: quote marks paired in order within a paragraph. A quote still open at the end of a
 * paragraph runs to its end, as wire style reopens it on the next paragraph without closing it.
 */
final class QuoteSpans {
    /** Offsets [open, close] of the marks; close is the paragraph end when the quote is left open. */
    record Span(int open, int close, int paragraph, boolean closed) {
    }

    private QuoteSpans() {
    }

    static List<Span> find(String normalised, int from) {
        List<Span> spans = new ArrayList<>();
        int paragraph = 0;
        int lineStart = from;
        while (lineStart < normalised.length()) {
            int lineEnd = normalised.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = normalised.length();
            }
            if (!normalised.substring(lineStart, lineEnd).isBlank()) {
                int open = -1;
                for (int i = lineStart; i < lineEnd; i++) {
                    if (normalised.charAt(i) == '"') {
                        if (open < 0) {
                            open = i;
                        } else {
                            spans.add(new Span(open, i, paragraph, true));
                            open = -1;
                        }
                    }
                }
                if (open >= 0) {
                    spans.add(new Span(open, lineEnd, paragraph, false));
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return spans;
    }
}
