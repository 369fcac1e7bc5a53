-- For the slowest filters of the load test (100,000 articles, 500,000 events): a CAMEO prefix with a date
-- range is answered, and counted, from one index without visiting the table.
CREATE INDEX event_cameo_date_idx ON event (cameo_code text_pattern_ops, event_date_start, event_date_end);
DROP INDEX event_cameo_idx;
-- The country filter of /api/events tests three columns; with the root it is one index per column.
CREATE INDEX event_source_country_root_idx ON event (source_country, cameo_root);
CREATE INDEX event_target_country_root_idx ON event (target_country, cameo_root);
CREATE INDEX event_location_country_root_idx ON event (location_country, cameo_root);
DROP INDEX event_source_country_idx;
DROP INDEX event_target_country_idx;
DROP INDEX event_location_country_idx;
