DROP INDEX IF EXISTS module36_items_search_idx;
ALTER TABLE module36_items DROP COLUMN IF EXISTS search;
