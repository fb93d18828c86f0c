DROP INDEX IF EXISTS module07_items_search_idx;
ALTER TABLE module07_items DROP COLUMN IF EXISTS search;
