ALTER TABLE module17_items ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(notes, ''))) STORED;
/* a GIN index for full-text search; /* nested */ comment */
CREATE INDEX module17_items_search_idx ON module17_items USING gin (search);
