-- From the load test's plans at 100,000 articles (500,000 events), docs/benchmarks.md.

-- events?q= with quadClass or root: the word's matches were fetched from the table to test the
-- class (38,000 heap rows for "visit", none of them in class 4). With both columns in the search
-- index the index alone answers the combination; btree_gin (contrib, trusted) gives GIN the
-- equality operators of plain columns, and a GIN over several columns serves any one of them.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX event_search_class_idx ON event USING gin (search, quad_class, cameo_root);
DROP INDEX event_search_idx;

-- events?location=&from=: the name index was ANDed with 277,000 entries of a date index; with
-- the date in the same index it reads only that place's entries. The name itself is included
-- because the planner counts from an expression index alone only when the column is in it too.
CREATE INDEX event_location_date_idx ON event (lower(location_name), event_date_end) INCLUDE (location_name);
DROP INDEX event_location_name_idx;

-- articles?country=&from=&to= counted by walking the date range and reading each article's row
-- for its dateline country (56,000 rows); with the country in the date index the walk reads the
-- index alone (the entity side is a hashed list of article ids).
CREATE INDEX article_sorted_country_idx ON article (sorted_at DESC NULLS LAST, id) INCLUDE (dateline_country);
DROP INDEX article_sorted_idx;
