-- Person, speaker and actor filters match a name as people write it: the full name, a person's
-- surname, or any alias of the entity, in any case, accents and punctuation ignored.

-- unaccent is a trusted contrib extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- The one folding rule of the filters, used on both sides of every comparison: lower case, no
-- accents, runs of anything but letters and digits as one space ("Zakharóva," = "zakharova").
-- unaccent() is only STABLE, as its dictionary could change; naming the dictionary makes the
-- result fixed, so the function may be IMMUTABLE and serve in indexes and generated columns.
CREATE FUNCTION newsflow_fold(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, name)),
                                '[^[:alnum:]]+', ' ', 'g'));

-- What an entity answers to: its folded name and aliases, and a person's surname (the last word).
CREATE FUNCTION newsflow_name_keys(kind text, name text, aliases text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT key FROM unnest(
            array_append(array_append(ARRAY(SELECT newsflow_fold(alias) FROM unnest(aliases) AS alias),
                                      newsflow_fold(name)),
                         CASE WHEN kind = 'PERSON' THEN substring(newsflow_fold(name) from '([^ ]+)$') END))
            AS key WHERE key <> '');

-- Generated, so the existing rows get theirs now and every upsert (which merges aliases) keeps it.
ALTER TABLE entity ADD COLUMN name_keys text[] GENERATED ALWAYS AS (newsflow_name_keys(kind, name, aliases)) STORED;
CREATE INDEX entity_name_keys_idx ON entity USING gin (name_keys);

-- Speakers and actors the engine did not tie to an entity are matched by their folded name.
CREATE INDEX quote_speaker_folded_idx ON quote (newsflow_fold(speaker_name));
DROP INDEX quote_speaker_name_idx;
CREATE INDEX event_source_folded_idx ON event (newsflow_fold(source_name));
CREATE INDEX event_target_folded_idx ON event (newsflow_fold(target_name));
DROP INDEX event_source_name_idx;
DROP INDEX event_target_name_idx;
