ALTER TABLE module27_items DROP CONSTRAINT IF EXISTS module27_items_title_not_blank;
