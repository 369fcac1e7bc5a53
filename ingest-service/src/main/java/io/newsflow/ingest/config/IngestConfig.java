package io.newsflow.ingest.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "newsflow.ingest")
public interface IngestConfig {

    /** Base URL of query-service, for the link to each accepted article. */
    @WithDefault("http://localhost:8083")
    String queryBaseUrl();

    /** Keys a client must present; none configured means ingest is open (dev, tests). */
    Optional<List<String>> apiKeys();

    /** Set in %prod: starting without keys would expose an open ingest by accident. */
    @WithDefault("false")
    boolean requireApiKeys();

    /** Characters of text one article may have; a longer one is a 413 (or a rejected batch item). */
    @WithDefault("2000000")
    int maxArticleChars();

    /** Bytes of one document (a text or HTML page, a JSON object, an NDJSON line) read into memory. */
    @WithDefault("32M")
    MemorySize maxDocumentBytes();

    Publish publish();

    Zip zip();

    Admission admission();

    /**
     * How long the upload path warms up as the service starts (reading and normalising stories of its own, publishing
     * nothing), at most {@link #warmUpDocuments()} of them; 0 switches it off.
     */
    @WithDefault("5s")
    Duration warmUp();

    @WithDefault("3000")
    int warmUpDocuments();

    interface Publish {
        /** Records sent before their acks are awaited: bounds the heap a big batch needs. */
        @WithDefault("500")
        int windowRecords();

        /** Characters of text sent before the acks are awaited, for windows of long articles. */
        @WithDefault("16000000")
        long windowChars();

        /** Beyond the producer's delivery timeout, so the producer's own error arrives first. */
        @WithDefault("15s")
        Duration ackTimeout();

        /** The Retry-After of a 503. */
        @WithDefault("5s")
        Duration retryAfter();
    }

    /**
     * Admission control: when more accepted articles wait in Kafka for the stages after ingest than the pipeline
     * should hold, an upload is answered 503 with Retry-After instead of 202, so clients slow down to the rate the
     * pipeline stores and the time from upload to queryable stays bounded.
     */
    interface Admission {
        /**
         * Records waiting, summed over the stages (end offset minus committed offset); at or above it uploads are
         * refused. 0 admits every upload, and Kafka buffers without bound.
         */
        @WithDefault("5000")
        long maxBacklog();

        /**
         * The stages after ingest as {@code topic:consumer-group}: the groups of extract-service and query-service
         * (their mp.messaging.incoming.*.group.id). A group that never committed on its topic is not counted, so
         * ingest alone (no stage deployed yet) is never refused.
         */
        @WithDefault("articles.raw:extract-service,news.articles:query-service")
        List<String> stages();

        /** How often the backlog is read from Kafka; an upload only reads the last sample. */
        @WithDefault("1s")
        Duration sampleInterval();

        /** The Retry-After of a refused upload. */
        @WithDefault("1s")
        Duration retryAfter();
    }

    /** Guards against zip bombs: an archive is read entry by entry and stopped at these limits. */
    interface Zip {
        @WithDefault("100000")
        int maxEntries();

        @WithDefault("1G")
        MemorySize maxUncompressedBytes();

        /** Uncompressed/compressed size of one entry; text compresses 3-20x, a bomb 1000x. */
        @WithDefault("200")
        int maxCompressionRatio();
    }
}
