ALTER TABLE module31_items DROP CONSTRAINT IF EXISTS module31_items_title_not_blank;
