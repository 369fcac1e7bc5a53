-- The whole analysis as rows: entities deduplicated across articles, their mentions and roles per
-- article, quotes, and events linked to their actors. Articles become searchable.

ALTER TABLE article ADD COLUMN text text;
ALTER TABLE article ADD COLUMN dateline_country varchar(10);
-- The date an article sorts and filters by: when it was published, else when it was analysed.
ALTER TABLE article ADD COLUMN sorted_at timestamptz
    GENERATED ALWAYS AS (coalesce(published_at, analysed_at)) STORED;
ALTER TABLE article ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', coalesce(headline, '')), 'A')
    || setweight(to_tsvector('english', coalesce(subtitle, '')), 'B')
    || setweight(to_tsvector('english', coalesce(text, '')), 'C')) STORED;
CREATE INDEX article_search_idx ON article USING gin (search);
CREATE INDEX article_sorted_idx ON article (sorted_at DESC NULLS LAST, id);
CREATE INDEX article_source_idx ON article (source, sorted_at DESC NULLS LAST, id);
CREATE INDEX article_dateline_country_idx ON article (dateline_country);

-- One row per real-world entity. The engine's id is deterministic from kind, normalised name and
-- country; the unique key repeats that rule so two spellings of one id can never become two rows.
CREATE TABLE entity (
    id              varchar(64) PRIMARY KEY,
    kind            varchar(16) NOT NULL,
    name            text        NOT NULL,
    normalised_name text        NOT NULL,
    country_code    varchar(10),
    aliases         text[]      NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX entity_key_idx ON entity (kind, normalised_name, (coalesce(country_code, '')));
CREATE INDEX entity_normalised_name_idx ON entity (normalised_name);
CREATE INDEX entity_country_idx ON entity (country_code);

CREATE TABLE article_entity (
    article_id varchar(32) NOT NULL,
    entity_id  varchar(64) NOT NULL,
    roles      text[]      NOT NULL DEFAULT '{}',
    PRIMARY KEY (article_id, entity_id)
);
CREATE INDEX article_entity_entity_idx ON article_entity (entity_id, article_id);

CREATE TABLE mention (
    article_id varchar(32) NOT NULL,
    entity_id  varchar(64) NOT NULL,
    start      integer     NOT NULL,
    "end"      integer     NOT NULL,
    text       text        NOT NULL,
    PRIMARY KEY (article_id, entity_id, start)
);
CREATE INDEX mention_entity_idx ON mention (entity_id);

CREATE TABLE quote (
    id                varchar(40) PRIMARY KEY,
    article_id        varchar(32) NOT NULL,
    text              text        NOT NULL,
    speaker_name      text,
    speaker_entity_id varchar(64),
    start             integer     NOT NULL,
    "end"             integer     NOT NULL,
    search            tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX quote_article_idx ON quote (article_id, start);
CREATE INDEX quote_speaker_entity_idx ON quote (speaker_entity_id);
CREATE INDEX quote_speaker_name_idx ON quote (lower(speaker_name));
CREATE INDEX quote_search_idx ON quote USING gin (search);

-- An event date at MONTH precision ("2017-06") spans June 1-30: from/to filters test the overlap.
ALTER TABLE event ADD COLUMN source_entity_id varchar(64);
ALTER TABLE event ADD COLUMN target_entity_id varchar(64);
ALTER TABLE event ADD COLUMN event_date_start date;
ALTER TABLE event ADD COLUMN event_date_end date;
ALTER TABLE event ADD COLUMN location_lat double precision;
ALTER TABLE event ADD COLUMN location_lon double precision;
ALTER TABLE event ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', coalesce(sentence, '') || ' ' || coalesce(action_text, ''))) STORED;

UPDATE event SET event_date_start = CASE date_precision
        WHEN 'YEAR' THEN to_date(event_date, 'YYYY')
        WHEN 'MONTH' THEN to_date(event_date, 'YYYY-MM')
        ELSE to_date(event_date, 'YYYY-MM-DD') END
    WHERE event_date IS NOT NULL;
UPDATE event SET event_date_end = CASE date_precision
        WHEN 'YEAR' THEN (event_date_start + interval '1 year' - interval '1 day')::date
        WHEN 'MONTH' THEN (event_date_start + interval '1 month' - interval '1 day')::date
        ELSE event_date_start END
    WHERE event_date_start IS NOT NULL;

CREATE INDEX event_date_idx ON event (event_date_start DESC NULLS LAST, article_id, sentence_index);
CREATE INDEX event_cameo_idx ON event (cameo_code text_pattern_ops);
CREATE INDEX event_root_date_idx ON event (cameo_root, event_date_start DESC NULLS LAST);
CREATE INDEX event_source_entity_idx ON event (source_entity_id);
CREATE INDEX event_target_entity_idx ON event (target_entity_id);
CREATE INDEX event_source_name_idx ON event (lower(source_name));
CREATE INDEX event_target_name_idx ON event (lower(target_name));
CREATE INDEX event_source_country_idx ON event (source_country);
CREATE INDEX event_target_country_idx ON event (target_country);
CREATE INDEX event_location_country_idx ON event (location_country);
CREATE INDEX event_location_name_idx ON event (lower(location_name));
CREATE INDEX event_search_idx ON event USING gin (search);
