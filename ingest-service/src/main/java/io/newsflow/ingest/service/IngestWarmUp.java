package io.newsflow.ingest.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.newsflow.contract.ContractJson;
import io.newsflow.ingest.config.IngestConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Warms the upload path's own work as the service starts, on a thread of its own: stories of its own making are
 * read as wire text, JSON and HTML and normalised (charset, NFC, language, content id) round after round, publishing
 * nothing. A fresh ingest spent three times its warm CPU per upload in its first minute (docs/benchmarks.md), on cores
 * the other stages of a fresh pipeline needed too. Uploads are taken meanwhile: the warm-up only makes them cheaper.
 */
@ApplicationScoped
public class IngestWarmUp {
    private static final Logger LOG = Logger.getLogger(IngestWarmUp.class);
    private static final String[] PLACES = {"NAIROBI", "LIMA", "OSLO", "HANOI", "ACCRA", "QUITO"};

    private final ArticleNormaliser normaliser;
    private final int documents;
    private final Duration time;
    private volatile Thread thread;
    private volatile int finished = -1;

    IngestWarmUp(ArticleNormaliser normaliser, IngestConfig config) {
        this.normaliser = normaliser;
        this.documents = config.warmUpDocuments();
        this.time = config.warmUp();
    }

    void start(@Observes StartupEvent started) {
        if (time.isZero() || documents <= 0) {
            return;
        }
        Thread warmUp = new Thread(this::run, "newsflow-ingest-warm-up");
        warmUp.setDaemon(true);
        thread = warmUp;
        warmUp.start();
    }

    private void run() {
        long start = System.nanoTime();
        long until = start + time.toNanos();
        int done = 0;
        try {
            while (done < documents && System.nanoTime() < until && !Thread.currentThread().isInterrupted()) {
                warmOne(done);
                done++;
            }
            LOG.infof("Ingest warm-up: %d documents read and normalised in %d ms, nothing published", done,
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            finished = done;
        } catch (RuntimeException | IOException e) {
            LOG.warnf(e, "Ingest warm-up stopped after %d documents; uploads are read as they come", done);
        }
    }

    /** How many documents the warm-up went through once it has ended, else -1 (for tests). */
    public int finished() {
        return finished;
    }

    private void warmOne(int n) throws IOException {
        String place = PLACES[n % PLACES.length];
        String headline = "Warm-up story " + n + " from " + place;
        String body = place + ", March " + (1 + n % 28) + " (Newsflow) -- The ministry said on Tuesday that talks "
                + "on trade and water would resume next week. \"We are ready to continue,\" a spokesman said. "
                + "Officials from both countries met " + (n % 9 + 2) + " times this year.";
        switch (n % 3) {
            case 0 -> normalise(WireText.read((headline + "\n" + body).getBytes(StandardCharsets.UTF_8), null, null,
                    UploadMetadata.NONE));
            case 1 -> JsonArticles.read(new ByteArrayInputStream(ContractJson.write(new Story(headline, body))
                    .getBytes(StandardCharsets.UTF_8)), null, null, UploadMetadata.NONE, this::normalise);
            default -> normalise(HtmlArticles.read(("<html><head><title>" + headline + "</title></head><body><article>"
                    + "<h1>" + headline + "</h1><p>" + body + "</p></article></body></html>")
                    .getBytes(StandardCharsets.UTF_8), null, null, UploadMetadata.NONE));
        }
    }

    private void normalise(UploadItem item) {
        if (item.problem() == null) {
            normaliser.normalise(item.fields(), item.contentType());
        }
    }

    /** A JSON upload as a client sends one. */
    private record Story(String headline, String text) {
    }

    @PreDestroy
    void stop() {
        Thread warmUp = thread;
        if (warmUp != null) {
            warmUp.interrupt();
        }
    }
}
