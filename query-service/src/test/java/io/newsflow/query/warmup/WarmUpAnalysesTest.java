package io.newsflow.query.warmup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.newsflow.contract.AnalysedArticle;
import io.newsflow.contract.ContractJson;
import io.newsflow.contract.DatePrecision;
import io.newsflow.contract.EntityKind;
import io.newsflow.contract.NewsEvent;
import io.newsflow.query.persistence.NewsDate;

/**
 * The warm-up's records: in a namespace no stored row and no other instance's warm-up has, within the columns'
 * widths, varied where the store and the reads branch, and with the re-analyses that replace stored ones.
 */
class WarmUpAnalysesTest {
    /** A stored article id (the consumer refuses any other), and extract-service's derived event and entity ids. */
    private static final String REAL_ARTICLE_ID = "[0-9a-f]{32}";
    private static final String REAL_DERIVED_ID = "[a-z][0-9a-f]{31}";

    private final WarmUpAnalyses analyses = new WarmUpAnalyses();
    private final List<AnalysedArticle> round = round(analyses);

    @Test
    void batchesGrowFromASingleRecordAndEndWithReanalyses() {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < analyses.batches(); i++) {
            sizes.add(analyses.batch(i).size());
        }
        assertThat(sizes).containsExactly(1, 2, 4, 8, 16, 32, 4);

        List<AnalysedArticle> reanalyses = round.subList(round.size() - 4, round.size());
        for (AnalysedArticle second : reanalyses) {
            AnalysedArticle first = round.stream().filter(article -> article.articleId().equals(second.articleId()))
                    .findFirst().orElseThrow();
            assertThat(first).isNotSameAs(second);
            assertThat(second.analysedAt()).isAfter(first.analysedAt());
            assertThat(eventIds(second)).doesNotContain(first.events().get(0).eventId())
                    .containsAll(eventIds(first).subList(1, first.events().size()))
                    .hasSize(first.events().size());
        }
        assertThat(round.subList(0, 63)).extracting(AnalysedArticle::articleId).doesNotHaveDuplicates();
    }

    @Test
    void everyIdAndCountryIsInThisInstancesNamespaceAndFitsItsColumn() {
        String prefix = analyses.targets().articleId().substring(0, WarmUpAnalyses.ID_PREFIX.length() + 9);
        String country = WarmUpAnalyses.COUNTRY_PREFIX + prefix.substring(WarmUpAnalyses.ID_PREFIX.length(),
                prefix.length() - 1);
        for (AnalysedArticle article : round) {
            assertOurs(article.articleId(), prefix, 32);
            assertThat(article.articleId()).doesNotMatch(REAL_ARTICLE_ID);
            article.entities().forEach(entity -> {
                assertOurs(entity.id(), prefix, 64);
                assertCountry(entity.countryCode(), country);
            });
            for (NewsEvent event : article.events()) {
                assertOurs(event.eventId(), prefix, 40);
                assertThat(event.articleId()).isEqualTo(article.articleId());
                Stream.of(event.source(), event.target()).filter(actor -> actor != null).forEach(actor -> {
                    assertOurs(actor.entityId(), prefix, 64);
                    assertCountry(actor.countryCode(), country);
                });
                if (event.location() != null) {
                    assertCountry(event.location().countryCode(), country);
                }
            }
            if (article.dateline() != null) {
                assertCountry(article.dateline().countryCode(), country);
            }
            article.quotes().stream().filter(quote -> quote.speaker() != null)
                    .forEach(quote -> assertOurs(quote.speaker().entityId(), prefix, 64));
        }
        String otherInstances = new WarmUpAnalyses().targets().articleId();
        assertThat(otherInstances).doesNotStartWith(prefix);
    }

    @Test
    void variedWhereTheStoreAndTheReadsBranch() {
        List<NewsEvent> events = round.stream().flatMap(article -> article.events().stream()).toList();
        assertThat(events).extracting(event -> event.cameo().quadClass()).contains(1, 2, 3, 4);
        assertThat(events).extracting(NewsEvent::datePrecision)
                .contains(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, null);
        assertThat(events).anyMatch(event -> event.target() == null).anyMatch(event -> event.location() != null)
                .anyMatch(event -> event.location() == null).anyMatch(NewsEvent::negated);
        assertThat(round).flatExtracting(AnalysedArticle::entities).extracting(AnalysedArticle.Entity::kind)
                .contains(EntityKind.values());
        assertThat(round).flatExtracting(AnalysedArticle::quotes).anyMatch(quote -> quote.speaker() == null)
                .anyMatch(quote -> quote.speaker() != null);
        assertThat(round).extracting(article -> NewsDate.of(article).source()).contains(NewsDate.Source.values());
        assertThat(round).allMatch(article -> article.text().length() > 1_000 && article.text().contains(
                SyntheticStories.WORD));
    }

    @Test
    void offsetsPointAtWhatTheyName() {
        for (AnalysedArticle article : round) {
            String text = article.text();
            article.entities().forEach(entity -> entity.mentions().forEach(mention -> assertThat(
                    text.substring(mention.start(), mention.end())).isEqualTo(mention.text())));
            article.quotes().forEach(quote -> assertThat(text.substring(quote.start(), quote.end()))
                    .isEqualTo(quote.text()));
            article.events().forEach(event -> assertThat(text.substring(event.start(), event.end()))
                    .isEqualTo(event.sentence()));
        }
    }

    @Test
    void theReadsFindTheRound() {
        SyntheticStories.Targets find = analyses.targets();
        Set<String> articleIds = new HashSet<>(round.stream().map(AnalysedArticle::articleId).toList());
        assertThat(articleIds).contains(find.articleId(), find.reanalysedArticleId());
        assertThat(round).flatExtracting(WarmUpAnalysesTest::eventIds).contains(find.eventId());
        assertThat(round).flatExtracting(AnalysedArticle::entities).extracting(AnalysedArticle.Entity::id)
                .contains(find.personId());
        assertThat(round).flatExtracting(AnalysedArticle::quotes)
                .anyMatch(quote -> quote.speaker() != null && quote.speaker().name().endsWith(find.surname()));
    }

    private static void assertOurs(String id, String prefix, int column) {
        assertThat(id).startsWith(prefix).hasSizeLessThanOrEqualTo(column).doesNotMatch(REAL_DERIVED_ID);
    }

    private static void assertCountry(String code, String country) {
        assertThat(code).startsWith(country).hasSizeLessThanOrEqualTo(10);
    }

    private static List<String> eventIds(AnalysedArticle article) {
        return article.events().stream().map(NewsEvent::eventId).toList();
    }

    private static List<AnalysedArticle> round(WarmUpAnalyses analyses) {
        List<AnalysedArticle> round = new ArrayList<>();
        for (int i = 0; i < analyses.batches(); i++) {
            for (byte[] record : analyses.batch(i)) {
                try {
                    round.add(ContractJson.read(new String(record, java.nio.charset.StandardCharsets.UTF_8),
                            AnalysedArticle.class));
                } catch (JsonProcessingException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return round;
    }
}
