-- Writes that keep up (issue 14): fewer rows and fewer index entries per article.

-- A mention was a row (18 an article, 1.8 M at 100,000 articles) only so that the store could count
-- an entity's mentions: no query reads them one by one, and the article's document has them all.
-- The number per article and entity is kept on the article-entity row instead.
ALTER TABLE article_entity ADD COLUMN mentions integer NOT NULL DEFAULT 0;
UPDATE article_entity ae SET mentions = m.mentions
    FROM (SELECT article_id, entity_id, count(*) AS mentions FROM mention GROUP BY article_id, entity_id) AS m
    WHERE m.article_id = ae.article_id AND m.entity_id = ae.entity_id;
DROP TABLE mention;

-- Speakers and actors tied to an entity are matched through the entity (its name, aliases and a
-- person's surname, V7); the folded name serves only those the engine did not tie to one. Indexing
-- only those rows spares almost every insert the folding (unaccent and a regular expression).
DROP INDEX event_source_folded_idx;
DROP INDEX event_target_folded_idx;
DROP INDEX quote_speaker_folded_idx;
CREATE INDEX event_source_folded_idx ON event (newsflow_fold(source_name)) WHERE source_entity_id IS NULL;
CREATE INDEX event_target_folded_idx ON event (newsflow_fold(target_name)) WHERE target_entity_id IS NULL;
CREATE INDEX quote_speaker_folded_idx ON quote (newsflow_fold(speaker_name)) WHERE speaker_entity_id IS NULL;
