ALTER TABLE module01_items DROP CONSTRAINT IF EXISTS module01_items_title_not_blank;
