package io.newsflow.bench.load;

/** One generated wire story, in the parts every upload form names. */
public record SyntheticStory(String headline, String subtitle, String body) {

    /** The plain-text upload form: headline line, subtitle line, then the body with its dateline. */
    public String wireText() {
        return headline + "\n" + subtitle + "\n" + body;
    }
}
