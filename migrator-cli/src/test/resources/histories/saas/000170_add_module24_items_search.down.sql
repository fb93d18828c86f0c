DROP INDEX IF EXISTS module24_items_search_idx;
ALTER TABLE module24_items DROP COLUMN IF EXISTS search;
