ALTER TABLE module15_items DROP CONSTRAINT IF EXISTS module15_items_title_not_blank;
