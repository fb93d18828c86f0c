ALTER TABLE module22_items DROP CONSTRAINT IF EXISTS module22_items_title_not_blank;
