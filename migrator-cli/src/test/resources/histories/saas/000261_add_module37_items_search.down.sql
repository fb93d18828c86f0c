DROP INDEX IF EXISTS module37_items_search_idx;
ALTER TABLE module37_items DROP COLUMN IF EXISTS search;
