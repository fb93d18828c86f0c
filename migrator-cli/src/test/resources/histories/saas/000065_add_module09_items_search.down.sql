DROP INDEX IF EXISTS module09_items_search_idx;
ALTER TABLE module09_items DROP COLUMN IF EXISTS search;
