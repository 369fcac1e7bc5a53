package io.newsflow.bench.load;

import picocli.CommandLine.Option;

/** {@code --words}, for every command that writes stories, so a load run and its baseline write the same ones. */
public final class StoryLengthOption {
    @Option(names = "--words", defaultValue = WordRange.STORIES, converter = WordRange.Converter.class,
            description = "words per story, MIN-MAX; 150-800 makes 1-5 KB articles (default: ${DEFAULT-VALUE})")
    WordRange words;

    public WordRange words() {
        return words;
    }
}
