DROP INDEX IF EXISTS module06_items_search_idx;
ALTER TABLE module06_items DROP COLUMN IF EXISTS search;
