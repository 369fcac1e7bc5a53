-- One row per analysed article; the whole news.articles payload is kept as it arrived, so the
-- API can serve every field the extractor wrote, also fields added after this migration.
CREATE TABLE article (
    id                varchar(32) PRIMARY KEY,
    headline          text        NOT NULL,
    subtitle          text,
    dateline_place    text,
    dateline_agency   text,
    dateline_date     varchar(10),
    published_at      timestamptz,
    language          varchar(8),
    source            text,
    url               text,
    tone              double precision,
    extractor_name    text        NOT NULL,
    extractor_version text        NOT NULL,
    analysed_at       timestamptz,
    document          jsonb       NOT NULL,
    stored_at         timestamptz NOT NULL DEFAULT now()
);

-- Events arrive on news.events and inside news.articles; their deterministic id makes either
-- arrival an upsert of the same row. No foreign key: an event may arrive before its article.
CREATE TABLE event (
    id               varchar(40) PRIMARY KEY,
    article_id       varchar(32) NOT NULL,
    cameo_code       varchar(4)  NOT NULL,
    cameo_root       varchar(2)  NOT NULL,
    quad_class       smallint    NOT NULL,
    goldstein        double precision NOT NULL,
    source_name      text        NOT NULL,
    source_kind      varchar(16) NOT NULL,
    source_country   varchar(10),
    target_name      text,
    target_kind      varchar(16),
    target_country   varchar(10),
    action_text      text,
    negated          boolean     NOT NULL,
    event_date       varchar(10),
    date_precision   varchar(5),
    location_name    text,
    location_country varchar(10),
    sentence         text        NOT NULL,
    sentence_index   integer     NOT NULL,
    confidence       double precision NOT NULL,
    document         jsonb       NOT NULL,
    stored_at        timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX event_article_idx ON event (article_id, sentence_index);
