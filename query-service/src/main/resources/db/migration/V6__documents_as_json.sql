-- The documents are served as they were published and never queried inside. json keeps the text
-- as it came (checked, not converted); jsonb parsed it into a binary form on every insert and
-- printed it back on every read. query-service's writes were the stage that fell behind at 50
-- articles/s (docs/benchmarks.md).
ALTER TABLE article ALTER COLUMN document TYPE json USING document::json;
ALTER TABLE event ALTER COLUMN document TYPE json USING document::json;
