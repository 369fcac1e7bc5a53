package io.newsflow.extract.service;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Singleton;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.NewsEvent;
import io.newsflow.contract.RawArticle;
import io.newsflow.contract.Topics;
import io.newsflow.extract.engine.Deadline;
import io.newsflow.extract.engine.ExtractionEngine;
import io.newsflow.extract.engine.NewsflowEngine;
import io.newsflow.extract.warmup.WarmUpStories;
import io.quarkus.runtime.Startup;

/**
 * The real engine, instrumented for tests. It replaces the service's engine (a default bean) in every
 * {@code @QuarkusTest} of this module. It counts the articles that reach it, for tests that must show
 * the engine did not run one; and it never returns from an article whose headline starts with
 * {@link #HANGS}, ignoring its deadline and interrupts, until {@link #releaseHanging()}: a runaway
 * analysis; one whose headline starts with {@link #OVERSIZED} comes back too large for a record; other articles
 * get the real engine with the deadline the service gives. And it can
 * behave as after a dictionary change that stops coding some events ({@link #reviseDictionaries}):
 * another extractor version, as a real change's fingerprint gives, and those events gone. It keeps the order in
 * which articles reached it ({@link #callSequence()}), and holds the warm-up in its first story until
 * {@link #releaseWarmUp()}, so a test sees the service while it warms up.
 */
@Singleton
@Startup
public class TestEngine implements ExtractionEngine {
    public static final String HANGS = "[hangs] ";
    /** An article whose analysis comes back larger than a record may be, as a text that repeats itself can make. */
    public static final String OVERSIZED = "[oversized] ";

    private final ExtractionEngine engine = NewsflowEngine.load();
    private final Map<String, AtomicInteger> callsByArticle = new ConcurrentHashMap<>();
    private volatile boolean holdingHanging = true;
    private volatile boolean holdingWarmUp = true;
    private final Queue<String> callSequence = new ConcurrentLinkedQueue<>();
    /** The events the revised dictionaries no longer code; null while they are the shipped ones. */
    private volatile Predicate<NewsEvent> noLongerCoded;

    @Override
    public AnalysedArticle analyse(RawArticle article) {
        return analyse(article, Deadline.NONE);
    }

    @Override
    public AnalysedArticle analyse(RawArticle article, Deadline deadline) {
        callsByArticle.computeIfAbsent(article.id(), id -> new AtomicInteger()).incrementAndGet();
        callSequence.add(article.id());
        if (article.headline().startsWith(HANGS)) {
            hang();
        }
        if (article.id().startsWith(WarmUpStories.ID_PREFIX)) {
            while (holdingWarmUp && !Thread.currentThread().isInterrupted()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }
        AnalysedArticle analysis = engine.analyse(article, deadline);
        if (article.headline().startsWith(OVERSIZED)) {
            return with(analysis, analysis.text() + " ".repeat(Topics.MAX_RECORD_BYTES), analysis.events());
        }
        Predicate<NewsEvent> dropped = noLongerCoded;
        if (dropped == null) {
            return analysis;
        }
        return with(analysis, analysis.text(), analysis.events().stream().filter(dropped.negate()).toList());
    }

    private AnalysedArticle with(AnalysedArticle analysis, String text, List<NewsEvent> events) {
        return new AnalysedArticle(analysis.schemaVersion(), analysis.articleId(), analysis.headline(),
                analysis.subtitle(), analysis.dateline(), analysis.publishedAt(), analysis.language(), analysis.source(),
                analysis.url(), text, analysis.entities(), analysis.quotes(), events, analysis.tone(), extractor(),
                analysis.analysedAt());
    }

    @Override
    public AnalysedArticle.Extractor extractor() {
        AnalysedArticle.Extractor shipped = engine.extractor();
        return noLongerCoded == null ? shipped
                : new AnalysedArticle.Extractor(shipped.name(), shipped.version() + ".revised");
    }

    /** From now on the dictionaries no longer code the events {@code dropped} accepts. */
    public void reviseDictionaries(Predicate<NewsEvent> dropped) {
        noLongerCoded = dropped;
    }

    /** Back to the shipped dictionaries and their version. */
    public void restoreDictionaries() {
        noLongerCoded = null;
    }

    /** How often this article reached the engine. */
    public int callsFor(String articleId) {
        AtomicInteger calls = callsByArticle.get(articleId);
        return calls == null ? 0 : calls.get();
    }

    /** The ids of the articles that reached the engine, in the order they did. */
    public List<String> callSequence() {
        return List.copyOf(callSequence);
    }

    /** Lets the warm-up go on; its first story waits for this. */
    public void releaseWarmUp() {
        holdingWarmUp = false;
    }

    /** From now on, articles that hang do until {@link #releaseHanging()}. */
    public void holdHanging() {
        holdingHanging = true;
    }

    /** Lets the hanging analyses return, so their threads end with the test. */
    public void releaseHanging() {
        holdingHanging = false;
    }

    /**
     * Waits for the release and for nothing else: an interrupt is swallowed. It parks rather than
     * spins so the machine the tests share keeps its cores; to the batch it is the same runaway.
     */
    private void hang() {
        while (holdingHanging) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            Thread.interrupted();
        }
    }
}
