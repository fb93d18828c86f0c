DROP INDEX IF EXISTS module25_items_search_idx;
ALTER TABLE module25_items DROP COLUMN IF EXISTS search;
