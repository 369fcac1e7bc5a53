package io.newsflow.query.warmup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;

/**
 * What a warm-up stores in each round: the news.articles records of {@link SyntheticStories}, made once, in
 * batches of the sizes the consumer gets (one record at a time under a light load, up to a few dozen after a
 * pause), the last batch re-analyses of articles stored in the first ones (the path that replaces an analysis
 * and retracts its dropped events). Every round stores the same records: the round before was rolled back.
 * <p>
 * The records are in a namespace of this instance's own, so the warm-up's rows can meet no stored row, nor the rows
 * of another instance warming up at the same time (PostgreSQL would make one wait for the other's rollback):
 * article, event and entity ids start with {@link #ID_PREFIX} (a stored article id is 32 hex digits: the consumer
 * refuses any other; extract-service's event and entity ids are a letter and hex digits), and every entity and
 * event names country codes made of {@code w} and this instance's tag (extract-service writes upper-case ISO and
 * organisation codes), so no warm-up entity has the key (kind, name, country) of a stored one. Quote ids are hashes
 * of the article id (AnalysisStore).
 */
@ApplicationScoped
public class WarmUpAnalyses {
    public static final String ID_PREFIX = "warm-up-";
    /** Then this instance's tag and a digit: the country codes of every warm-up entity and event. */
    public static final String COUNTRY_PREFIX = "w";
    /** Single records as under a light load, then bigger polls: the per-batch and the per-record code both run. */
    private static final int[] BATCH_SIZES = { 1, 2, 4, 8, 16, 32 };
    private static final int REANALYSED = 4;

    private final SyntheticStories stories;
    private final List<List<byte[]>> batches = new ArrayList<>();

    public WarmUpAnalyses() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        stories = new SyntheticStories(ID_PREFIX + tag + "-", COUNTRY_PREFIX + tag,
                LocalDate.of(2021, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        int article = 0;
        for (int size : BATCH_SIZES) {
            List<byte[]> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(record(stories.article(article++, false)));
            }
            batches.add(batch);
        }
        List<byte[]> reanalyses = new ArrayList<>(REANALYSED);
        for (int i = 0; i < REANALYSED; i++) {
            reanalyses.add(record(stories.article(i, true)));
        }
        batches.add(reanalyses);
    }

    /** The batches of a round, in the order they are stored. */
    public int batches() {
        return batches.size();
    }

    /** Batch {@code index} of a round: the values of its records, as the consumer receives them. */
    public List<byte[]> batch(int index) {
        return batches.get(index);
    }

    /** What the round's reads look for: rows it stored. */
    public SyntheticStories.Targets targets() {
        return stories.targets();
    }

    private static byte[] record(AnalysedArticle analysis) {
        return ContractJson.writeBytes(analysis);
    }
}
