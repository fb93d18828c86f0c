ALTER TABLE module07_items DROP CONSTRAINT IF EXISTS module07_items_title_not_blank;
