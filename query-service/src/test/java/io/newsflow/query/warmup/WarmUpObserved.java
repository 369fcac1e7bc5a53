package io.newsflow.query.warmup;

import static io.restassured.RestAssured.given;

import java.time.Duration;

import jakarta.inject.Inject;

import io.newsflow.query.QueryTestSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.ChannelRegistry;

/** What the warm-up tests look at: the warm-up, the channel, health, and the rows of the warm-up's namespace. */
abstract class WarmUpObserved {
    static final String CHANNEL = "articles-in";
    static final Duration DEADLINE = Duration.ofSeconds(60);

    @Inject
    QueryWarmUp warmUp;

    @Inject
    ChannelRegistry channels;

    static JsonPath readiness() {
        return given().get("/q/health/ready").jsonPath();
    }

    static String warmUpCheckStatus() {
        return readiness().getString("checks.find { it.name == '" + WarmUpHealth.NAME + "' }.status");
    }

    boolean paused() {
        return channels.getPausable(CHANNEL).isPaused();
    }

    /** Rows of any warm-up, in any table, as another session sees them. */
    static long warmUpRows() {
        String id = WarmUpAnalyses.ID_PREFIX + "%";
        String country = WarmUpAnalyses.COUNTRY_PREFIX + "%";
        return QueryTestSupport.count("SELECT (SELECT count(*) FROM article WHERE id LIKE ? OR dateline_country LIKE ?)"
                + " + (SELECT count(*) FROM event WHERE id LIKE ? OR article_id LIKE ? OR source_country LIKE ?)"
                + " + (SELECT count(*) FROM quote WHERE article_id LIKE ?)"
                + " + (SELECT count(*) FROM article_entity WHERE article_id LIKE ? OR entity_id LIKE ?)"
                + " + (SELECT count(*) FROM entity WHERE id LIKE ? OR country_code LIKE ?)",
                id, country, id, id, country, id, id, id, id, country);
    }

    /** Sessions of the database that hold a transaction open between statements, as a held warm-up round does. */
    static long idleInTransaction() {
        return QueryTestSupport.count("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state LIKE 'idle in transaction%'");
    }
}
