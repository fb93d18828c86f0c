ALTER TABLE module32_items DROP CONSTRAINT IF EXISTS module32_items_title_not_blank;
