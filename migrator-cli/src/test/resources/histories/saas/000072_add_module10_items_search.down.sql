DROP INDEX IF EXISTS module10_items_search_idx;
ALTER TABLE module10_items DROP COLUMN IF EXISTS search;
