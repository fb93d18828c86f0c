ALTER TABLE module10_items DROP CONSTRAINT IF EXISTS module10_items_title_not_blank;
