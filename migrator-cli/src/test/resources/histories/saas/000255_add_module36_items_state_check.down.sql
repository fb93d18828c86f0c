ALTER TABLE module36_items DROP CONSTRAINT IF EXISTS module36_items_title_not_blank;
