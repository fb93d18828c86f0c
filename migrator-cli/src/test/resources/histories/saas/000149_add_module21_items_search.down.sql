DROP INDEX IF EXISTS module21_items_search_idx;
ALTER TABLE module21_items DROP COLUMN IF EXISTS search;
