DROP INDEX IF EXISTS module33_items_search_idx;
ALTER TABLE module33_items DROP COLUMN IF EXISTS search;
