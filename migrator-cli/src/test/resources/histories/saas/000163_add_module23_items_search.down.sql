DROP INDEX IF EXISTS module23_items_search_idx;
ALTER TABLE module23_items DROP COLUMN IF EXISTS search;
