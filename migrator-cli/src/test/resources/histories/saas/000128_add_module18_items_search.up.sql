ALTER TABLE module18_items ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(notes, ''))) STORED;
/* a GIN index for full-text search; /* nested */ comment */
CREATE INDEX module18_items_search_idx ON module18_items USING gin (search);
