-- From the load test's plans at 100,000 articles (500,000 events), docs/benchmarks.md.

-- events?q= with quadClass or root: the word's matches were fetched from the table to test the
-- class (38,000 heap rows for "visit", none of them in class 4). With both columns in the search
-- index the index alone answers the combination; btree_gin (contrib, trusted) gives GIN the
-- equality operators of plain columns, and a GIN over several columns serves any one of them.
CREATE EXTENSION IF NOT EXISTS btree_gin;
CREATE INDEX event_search_class_idx ON event USING gin (search, quad_class, cameo_root);
DROP INDEX event_search_idx;

-- events?location=&from=: the name index was ANDed with 277,000 entries of a date index; with
-- the date in the same index it reads only that place's entries.
CREATE INDEX event_location_date_idx ON event (lower(location_name), event_date_end);
DROP INDEX event_location_name_idx;
