ALTER TABLE module09_items DROP CONSTRAINT IF EXISTS module09_items_title_not_blank;
