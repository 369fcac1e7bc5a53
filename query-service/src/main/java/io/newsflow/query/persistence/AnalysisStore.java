package io.newsflow.query.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.NewsEvent;

/**
 * Idempotent writes: every row is an upsert keyed by a deterministic id, so a record delivered
 * twice (after a crash between database commit and offset commit) leaves the same rows.
 */
@ApplicationScoped
public class AnalysisStore {
    private final EntityManager entityManager;

    AnalysisStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Upserts the article and replaces its events with this analysis' events. */
    public void saveArticle(AnalysedArticle article) {
        AnalysedArticle.Dateline dateline = article.dateline();
        entityManager.createNativeQuery("""
                INSERT INTO article (id, headline, subtitle, dateline_place, dateline_agency, dateline_date,
                    published_at, language, source, url, tone, extractor_name, extractor_version, analysed_at, document)
                VALUES (:id, :headline, :subtitle, :place, :agency, :date, :publishedAt, :language, :source, :url,
                    :tone, :extractorName, :extractorVersion, :analysedAt, CAST(:document AS jsonb))
                ON CONFLICT (id) DO UPDATE SET headline = EXCLUDED.headline, subtitle = EXCLUDED.subtitle,
                    dateline_place = EXCLUDED.dateline_place, dateline_agency = EXCLUDED.dateline_agency,
                    dateline_date = EXCLUDED.dateline_date, published_at = EXCLUDED.published_at,
                    language = EXCLUDED.language, source = EXCLUDED.source, url = EXCLUDED.url,
                    tone = EXCLUDED.tone, extractor_name = EXCLUDED.extractor_name,
                    extractor_version = EXCLUDED.extractor_version, analysed_at = EXCLUDED.analysed_at,
                    document = EXCLUDED.document, stored_at = now()
                """)
                .setParameter("id", article.articleId())
                .setParameter("headline", article.headline())
                .setParameter("subtitle", article.subtitle())
                .setParameter("place", dateline == null ? null : dateline.place())
                .setParameter("agency", dateline == null ? null : dateline.agency())
                .setParameter("date", dateline == null ? null : dateline.date())
                .setParameter("publishedAt", timestamp(article.publishedAt()))
                .setParameter("language", article.language())
                .setParameter("source", article.source())
                .setParameter("url", article.url())
                .setParameter("tone", article.tone())
                .setParameter("extractorName", article.extractor().name())
                .setParameter("extractorVersion", article.extractor().version())
                .setParameter("analysedAt", timestamp(article.analysedAt()))
                .setParameter("document", ContractJson.write(article))
                .executeUpdate();
        List<String> currentEventIds = article.events().stream().map(NewsEvent::eventId).toList();
        // A re-analysis may find fewer events: the ones it no longer finds go.
        var staleEvents = currentEventIds.isEmpty()
                ? entityManager.createNativeQuery("DELETE FROM event WHERE article_id = :articleId")
                : entityManager.createNativeQuery("DELETE FROM event WHERE article_id = :articleId AND id NOT IN (:ids)")
                        .setParameter("ids", currentEventIds);
        staleEvents.setParameter("articleId", article.articleId()).executeUpdate();
        article.events().forEach(this::saveEvent);
    }

    public void saveEvent(NewsEvent event) {
        NewsEvent.Actor target = event.target();
        entityManager.createNativeQuery("""
                INSERT INTO event (id, article_id, cameo_code, cameo_root, quad_class, goldstein, source_name,
                    source_kind, source_country, target_name, target_kind, target_country, action_text, negated,
                    event_date, date_precision, location_name, location_country, sentence, sentence_index,
                    confidence, document)
                VALUES (:id, :articleId, :code, :root, :quadClass, :goldstein, :sourceName, :sourceKind,
                    :sourceCountry, :targetName, :targetKind, :targetCountry, :actionText, :negated, :date,
                    :precision, :locationName, :locationCountry, :sentence, :sentenceIndex, :confidence,
                    CAST(:document AS jsonb))
                ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, confidence = EXCLUDED.confidence,
                    stored_at = now()
                """)
                .setParameter("id", event.eventId())
                .setParameter("articleId", event.articleId())
                .setParameter("code", event.cameo().code())
                .setParameter("root", event.cameo().root())
                .setParameter("quadClass", event.cameo().quadClass())
                .setParameter("goldstein", event.cameo().goldstein())
                .setParameter("sourceName", event.source().name())
                .setParameter("sourceKind", event.source().kind().name())
                .setParameter("sourceCountry", event.source().countryCode())
                .setParameter("targetName", target == null ? null : target.name())
                .setParameter("targetKind", target == null ? null : target.kind().name())
                .setParameter("targetCountry", target == null ? null : target.countryCode())
                .setParameter("actionText", event.actionText())
                .setParameter("negated", event.negated())
                .setParameter("date", event.date())
                .setParameter("precision", event.datePrecision() == null ? null : event.datePrecision().name())
                .setParameter("locationName", event.location() == null ? null : event.location().name())
                .setParameter("locationCountry", event.location() == null ? null : event.location().countryCode())
                .setParameter("sentence", event.sentence())
                .setParameter("sentenceIndex", event.sentenceIndex())
                .setParameter("confidence", event.confidence())
                .setParameter("document", ContractJson.write(event))
                .executeUpdate();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
