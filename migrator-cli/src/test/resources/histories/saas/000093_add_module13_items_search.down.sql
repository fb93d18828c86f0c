DROP INDEX IF EXISTS module13_items_search_idx;
ALTER TABLE module13_items DROP COLUMN IF EXISTS search;
