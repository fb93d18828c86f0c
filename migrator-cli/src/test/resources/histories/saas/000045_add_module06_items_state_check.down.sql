ALTER TABLE module06_items DROP CONSTRAINT IF EXISTS module06_items_title_not_blank;
