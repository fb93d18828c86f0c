DROP INDEX IF EXISTS module28_items_search_idx;
ALTER TABLE module28_items DROP COLUMN IF EXISTS search;
