DROP INDEX IF EXISTS module19_items_search_idx;
ALTER TABLE module19_items DROP COLUMN IF EXISTS search;
