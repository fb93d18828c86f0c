DROP INDEX IF EXISTS module40_items_search_idx;
ALTER TABLE module40_items DROP COLUMN IF EXISTS search;
