package io.newsflow.ingest.admission;

/** A stage of the pipeline after ingest: a consumer group reading a topic. */
record Stage(String topic, String group) {

    /** {@code topic:consumer-group}, as {@code newsflow.ingest.admission.stages} lists them. */
    static Stage parse(String configured) {
        int colon = configured.lastIndexOf(':');
        if (colon <= 0 || colon == configured.length() - 1) {
            throw new IllegalArgumentException("newsflow.ingest.admission.stages: '" + configured
                    + "' is not topic:consumer-group");
        }
        return new Stage(configured.substring(0, colon).strip(), configured.substring(colon + 1).strip());
    }
}
