DROP INDEX IF EXISTS module12_items_search_idx;
ALTER TABLE module12_items DROP COLUMN IF EXISTS search;
