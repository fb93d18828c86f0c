ALTER TABLE module19_items DROP CONSTRAINT IF EXISTS module19_items_title_not_blank;
