ALTER TABLE module20_items DROP CONSTRAINT IF EXISTS module20_items_title_not_blank;
