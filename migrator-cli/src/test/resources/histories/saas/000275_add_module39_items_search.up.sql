ALTER TABLE module39_items ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(notes, ''))) STORED;
/* a GIN index for full-text search; /* nested */ comment */
CREATE INDEX module39_items_search_idx ON module39_items USING gin (search);
