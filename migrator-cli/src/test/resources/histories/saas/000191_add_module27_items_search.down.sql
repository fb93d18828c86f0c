DROP INDEX IF EXISTS module27_items_search_idx;
ALTER TABLE module27_items DROP COLUMN IF EXISTS search;
