-- The article's document without what is stored beside it (issue 14): the text is the article's
-- text column and each event is its row's document. Both were written twice per article, the
-- events three times with their search vectors. Reads put them back (ArticleDocument), the events
-- in the order they were published, which the event row now keeps.
ALTER TABLE event ADD COLUMN position integer;

UPDATE event e SET position = published.ord - 1
    FROM article a,
         json_array_elements(CASE WHEN json_typeof(a.document -> 'events') = 'array' THEN a.document -> 'events' END)
             WITH ORDINALITY AS published(event, ord)
    WHERE a.id = e.article_id AND published.event ->> 'eventId' = e.id;

-- Rows stored before V2 filled the text column keep their text.
UPDATE article SET text = document ->> 'text' WHERE text IS NULL AND document ->> 'text' IS NOT NULL;

-- json_each keeps the other fields in their order and as they were written.
UPDATE article a SET document = coalesce(
        (SELECT json_object_agg(f.key, f.value ORDER BY f.ord)
         FROM json_each(a.document) WITH ORDINALITY AS f(key, value, ord)
         WHERE f.key NOT IN ('text', 'events')),
        '{}'::json);
