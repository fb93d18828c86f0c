DROP INDEX IF EXISTS module17_items_search_idx;
ALTER TABLE module17_items DROP COLUMN IF EXISTS search;
