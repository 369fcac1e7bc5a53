-- An article's date is the news date: when it was published, else its dateline's resolved date,
-- else when the pipeline received (analysed) it. A TASS story of 2017-06-03 uploaded without
-- publishedAt was filed under the day of its upload. The store writes both columns (NewsDate);
-- this backfills the stored articles by the same rule.

-- Was generated from published_at and analysed_at; it keeps its values, indexes and position.
ALTER TABLE article ALTER COLUMN sorted_at DROP EXPRESSION;
ALTER TABLE article RENAME COLUMN sorted_at TO news_date;
ALTER TABLE article ADD COLUMN date_source varchar(9);

-- The first day of a dateline date ("2017", "2017-06", "2017-06-03"); NULL for anything else,
-- such as a day that does not exist.
CREATE FUNCTION pg_temp.dateline_day(printed text) RETURNS date LANGUAGE plpgsql AS $$
BEGIN
    RETURN CASE WHEN printed ~ '^\d{4}$' THEN make_date(printed::int, 1, 1)
                WHEN printed ~ '^\d{4}-\d{2}$' THEN make_date(left(printed, 4)::int, right(printed, 2)::int, 1)
                WHEN printed ~ '^\d{4}-\d{2}-\d{2}$'
                    THEN make_date(left(printed, 4)::int, substr(printed, 6, 2)::int, right(printed, 2)::int) END;
EXCEPTION WHEN others THEN
    RETURN NULL;
END $$;

UPDATE article SET
    news_date = coalesce(published_at, pg_temp.dateline_day(dateline_date)::timestamp AT TIME ZONE 'UTC', analysed_at),
    date_source = CASE WHEN published_at IS NOT NULL THEN 'published'
                       WHEN pg_temp.dateline_day(dateline_date) IS NOT NULL THEN 'dateline'
                       ELSE 'received' END;
ALTER TABLE article ALTER COLUMN date_source SET NOT NULL;

-- The timeline plots an event only when its date is from 1900 on and at most a year after its
-- article's news date: a year misread from a page ("0001", "2107") stretched the axis over centuries.
ALTER TABLE event ADD COLUMN plotted boolean NOT NULL DEFAULT false;
UPDATE event e SET plotted = true FROM article a
    WHERE a.id = e.article_id AND e.event_date_start >= DATE '1900-01-01'
      AND e.event_date_start <= (a.news_date + interval '1 year')::date;
