DROP INDEX IF EXISTS module38_items_search_idx;
ALTER TABLE module38_items DROP COLUMN IF EXISTS search;
