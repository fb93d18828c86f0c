DROP INDEX IF EXISTS module32_items_search_idx;
ALTER TABLE module32_items DROP COLUMN IF EXISTS search;
