ALTER TABLE module35_items DROP CONSTRAINT IF EXISTS module35_items_title_not_blank;
