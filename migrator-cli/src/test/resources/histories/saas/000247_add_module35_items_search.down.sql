DROP INDEX IF EXISTS module35_items_search_idx;
ALTER TABLE module35_items DROP COLUMN IF EXISTS search;
