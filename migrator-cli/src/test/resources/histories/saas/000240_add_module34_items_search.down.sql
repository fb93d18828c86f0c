DROP INDEX IF EXISTS module34_items_search_idx;
ALTER TABLE module34_items DROP COLUMN IF EXISTS search;
