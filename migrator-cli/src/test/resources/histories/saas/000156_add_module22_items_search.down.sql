DROP INDEX IF EXISTS module22_items_search_idx;
ALTER TABLE module22_items DROP COLUMN IF EXISTS search;
