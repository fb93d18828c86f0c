DROP INDEX IF EXISTS module30_items_search_idx;
ALTER TABLE module30_items DROP COLUMN IF EXISTS search;
