DROP INDEX IF EXISTS module29_items_search_idx;
ALTER TABLE module29_items DROP COLUMN IF EXISTS search;
