ALTER TABLE module38_items DROP CONSTRAINT IF EXISTS module38_items_title_not_blank;
