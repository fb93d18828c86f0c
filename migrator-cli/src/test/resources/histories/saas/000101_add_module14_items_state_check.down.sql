ALTER TABLE module14_items DROP CONSTRAINT IF EXISTS module14_items_title_not_blank;
