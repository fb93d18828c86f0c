DROP INDEX IF EXISTS module01_items_search_idx;
ALTER TABLE module01_items DROP COLUMN IF EXISTS search;
