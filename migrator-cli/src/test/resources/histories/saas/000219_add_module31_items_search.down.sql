DROP INDEX IF EXISTS module31_items_search_idx;
ALTER TABLE module31_items DROP COLUMN IF EXISTS search;
