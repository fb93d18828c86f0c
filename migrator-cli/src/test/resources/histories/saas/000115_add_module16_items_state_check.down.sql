ALTER TABLE module16_items DROP CONSTRAINT IF EXISTS module16_items_title_not_blank;
