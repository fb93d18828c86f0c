ALTER TABLE module23_items DROP CONSTRAINT IF EXISTS module23_items_title_not_blank;
