DROP INDEX IF EXISTS module15_items_search_idx;
ALTER TABLE module15_items DROP COLUMN IF EXISTS search;
