DROP INDEX IF EXISTS module39_items_search_idx;
ALTER TABLE module39_items DROP COLUMN IF EXISTS search;
