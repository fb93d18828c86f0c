DROP INDEX IF EXISTS module26_items_search_idx;
ALTER TABLE module26_items DROP COLUMN IF EXISTS search;
