DROP INDEX IF EXISTS module04_items_search_idx;
ALTER TABLE module04_items DROP COLUMN IF EXISTS search;
