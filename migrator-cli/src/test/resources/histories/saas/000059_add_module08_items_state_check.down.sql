ALTER TABLE module08_items DROP CONSTRAINT IF EXISTS module08_items_title_not_blank;
