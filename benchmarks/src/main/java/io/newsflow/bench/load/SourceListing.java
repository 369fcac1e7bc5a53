package io.newsflow.bench.load;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.newsflow.contract.ContractJson;

/**
 * Lists the stored articles of each {@link RunSources source} that has pending ones, with
 * {@code GET /api/articles?source=…&size=200}. Why not ask by id: every pending article then costs a
 * request per round until it is there, mostly 404s; with 32 in flight that was 1,600 requests a
 * second once articles queued up, about a core of query-service's and PostgreSQL's CPU that the
 * pipeline under test should have. A list answers for up to 200 articles in one request, served from
 * query-service's (source, date) index. Measured on an idle pipeline, query-service and PostgreSQL
 * spent about 1.6 ms of CPU on a list, 0.7 ms on a 404 and 1.2 ms on a found article; HEAD instead of
 * GET saved a tenth at most (Quarkus REST still runs the method, only the body is dropped).
 * <p>
 * A source is asked again after a tenth of the age of its newest pending article, at least
 * {@value #MIN_INTERVAL_MILLIS} ms and at most {@value #MAX_INTERVAL_MILLIS} ms apart: latencies are
 * resolved to 10 % (or 20 ms), and a backlog does not multiply the requests. Sources are asked least
 * recently asked first, so none waits behind older stragglers.
 * <p>
 * All lists together stay within a budget per second ({@code --max-checks}): at 300 articles a second
 * two or three sources are pending at once, and asking each every 20 ms made about 130 lists a second,
 * a fifth of a core of query-service's and PostgreSQL's CPU, which the pipeline measured could not have.
 */
final class SourceListing implements QueryableCheck {
    private static final int MAX_IN_FLIGHT = 8;
    private static final long MIN_INTERVAL_MILLIS = 20;
    /**
     * A backlog of a minute is resolved to a tenth all the same; a cap of one second made the
     * harness list 180 sources a second of 200 articles each during a 54,000-article backlog: load on
     * query-service and PostgreSQL, the very processes that were behind.
     */
    private static final long MAX_INTERVAL_MILLIS = 10_000;

    private final QueryRequests query;
    private final PendingArticles pending;
    private final Set<String> listing = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> lastAsked = new ConcurrentHashMap<>();

    /** Nanoseconds between two lists at the budget; the next list may start at {@link #nextAllowed}. */
    private final long budgetGapNanos;
    private long nextAllowed = System.nanoTime();

    SourceListing(QueryRequests query, PendingArticles pending, int maxPerSecond) {
        if (maxPerSecond < 1) {
            throw new IllegalArgumentException("--max-checks must be at least 1: " + maxPerSecond);
        }
        this.query = query;
        this.pending = pending;
        this.budgetGapNanos = TimeUnit.SECONDS.toNanos(1) / maxPerSecond;
    }

    @Override
    public void poll() {
        long now = System.nanoTime();
        Map<String, Long> newestBySource = pending.sources();
        lastAsked.keySet().retainAll(newestBySource.keySet());
        newestBySource.entrySet().stream()
                .filter(source -> due(source.getKey(), source.getValue(), now))
                .sorted(Comparator.comparingLong(source -> lastAsked.getOrDefault(source.getKey(), 0L)))
                .map(Map.Entry::getKey)
                .filter(source -> listing.size() < MAX_IN_FLIGHT && withinBudget(now) && listing.add(source))
                .forEach(source -> list(source, now));
    }

    /** Takes one list from the budget if one is left now; unused budget is not saved up for later. */
    private boolean withinBudget(long now) {
        if (now - nextAllowed < 0) {
            return false;
        }
        nextAllowed = Math.max(nextAllowed, now - budgetGapNanos) + budgetGapNanos;
        return true;
    }

    private boolean due(String source, long newestAccepted, long now) {
        Long asked = lastAsked.get(source);
        if (asked == null) {
            return true;
        }
        long interval = Math.max(TimeUnit.MILLISECONDS.toNanos(MIN_INTERVAL_MILLIS),
                Math.min(TimeUnit.MILLISECONDS.toNanos(MAX_INTERVAL_MILLIS), (now - newestAccepted) / 10));
        return now - asked >= interval;
    }

    private void list(String source, long now) {
        lastAsked.put(source, now);
        query.get("/api/articles?size=" + RunSources.ARTICLES_PER_SOURCE + "&source="
                + URLEncoder.encode(source, StandardCharsets.UTF_8), HttpResponse.BodyHandlers.ofString())
                .whenComplete((response, failure) -> {
                    // A failure (query-service busy or restarting) is asked again next round.
                    if (failure == null && response.statusCode() == 200) {
                        long answered = System.nanoTime();
                        listedIds(response.body()).forEach(id -> pending.queryable(id, answered));
                    }
                    listing.remove(source);
                });
    }

    private static List<String> listedIds(String page) {
        List<String> ids = new ArrayList<>();
        try {
            for (JsonNode item : ContractJson.mapper().readTree(page).path("items")) {
                ids.add(item.path("id").asText());
            }
        } catch (JsonProcessingException e) {
            // not a page: nothing seen this round
        }
        return ids;
    }
}
