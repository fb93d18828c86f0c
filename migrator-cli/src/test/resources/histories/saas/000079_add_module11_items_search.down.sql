DROP INDEX IF EXISTS module11_items_search_idx;
ALTER TABLE module11_items DROP COLUMN IF EXISTS search;
