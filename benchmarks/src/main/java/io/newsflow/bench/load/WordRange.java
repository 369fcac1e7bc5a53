package io.newsflow.bench.load;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How long a synthetic story's body is, in words, as {@code MIN-MAX}. The targets name two sizes:
 * 1–5 KB articles for upload throughput (about 150–800 words) and 300–1,500-word stories end to end.
 */
public record WordRange(int min, int max) {
    /** The end-to-end target's stories, and the default. */
    public static final String STORIES = "300-1500";

    public WordRange {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("A word range needs 1 <= MIN <= MAX, not " + min + "-" + max);
        }
    }

    public static WordRange parse(String text) {
        String[] bounds = text.strip().split("-", -1);
        try {
            if (bounds.length == 2) {
                return new WordRange(Integer.parseInt(bounds[0].strip()), Integer.parseInt(bounds[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below, with the expected form
        }
        throw new IllegalArgumentException("Expected MIN-MAX words, such as 150-800, not '" + text + "'");
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }

    /** A length in the range, inclusive. */
    int pick(java.util.SplittableRandom random) {
        return min + random.nextInt(max - min + 1);
    }

    /** Lets picocli options take {@code --words 150-800}. */
    public static final class Converter implements ITypeConverter<WordRange> {
        @Override
        public WordRange convert(String value) {
            try {
                return parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
