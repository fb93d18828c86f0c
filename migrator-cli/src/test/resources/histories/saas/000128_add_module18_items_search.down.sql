DROP INDEX IF EXISTS module18_items_search_idx;
ALTER TABLE module18_items DROP COLUMN IF EXISTS search;
