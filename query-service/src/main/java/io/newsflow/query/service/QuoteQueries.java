package io.newsflow.query.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.newsflow.query.domain.Quote;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Quotes by speaker (entity id, name, surname or alias: {@link NameMatch}) and full text; newest article first. */
@ApplicationScoped
public class QuoteQueries {
    private final EntityManager entityManager;

    QuoteQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<QuoteView> list(String speaker, String q, PageRequest page) {
        return listQuery(speaker, q).fetch(entityManager, page, row -> {
            Object[] c = (Object[]) row;
            return new QuoteView((String) c[0], (String) c[1], (String) c[2], (String) c[3], Rows.integer(c[4]),
                    Rows.integer(c[5]), (String) c[6], (String) c[7], Rows.instant(c[8]));
        });
    }

    /** The quotes the engine tied to the entity, a lookup by a column (Panache), in the order of {@link #list}. */
    public Page<QuoteView> ofSpeaker(String entityId, PageRequest page) {
        PanacheQuery<Quote> quotes = Quote.ofSpeaker(entityId);
        return page.of(quotes.page(page.page(), page.size()).<Quote>list().stream().map(QuoteQueries::view).toList(),
                Quote.count("speakerEntityId", entityId));
    }

    public ListQuery listQuery(String speaker, String q) {
        Sql sql = new Sql()
                .and("(qu.speaker_entity_id = ANY (" + NameMatch.entityIds("speaker", "") + ") OR "
                        + NameMatch.sameName("qu.speaker_name", "qu.speaker_entity_id", "speaker") + ")", "speaker",
                        speaker)
                .and("qu.search @@ websearch_to_tsquery('english', :q)", "q", q);
        // A quote is stored and replaced with its article, so counting needs no join to it.
        return new ListQuery(sql, "SELECT qu.id, qu.text, qu.speaker_name, qu.speaker_entity_id,"
                + " qu.start, qu.\"end\", qu.article_id, a.headline, a.news_date FROM quote qu"
                + " JOIN article a ON a.id = qu.article_id" + sql.where()
                + " ORDER BY a.news_date DESC NULLS LAST, qu.article_id, qu.start" + ListQuery.PAGE,
                "SELECT 1 FROM quote qu" + sql.where());
    }

    private static QuoteView view(Quote quote) {
        return new QuoteView(quote.id, quote.text, quote.speakerName, quote.speakerEntityId, quote.start, quote.end,
                quote.articleId, quote.article.headline, quote.article.newsDate);
    }
}
