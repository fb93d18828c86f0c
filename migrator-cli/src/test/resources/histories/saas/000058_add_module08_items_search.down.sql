DROP INDEX IF EXISTS module08_items_search_idx;
ALTER TABLE module08_items DROP COLUMN IF EXISTS search;
