ALTER TABLE module34_items DROP CONSTRAINT IF EXISTS module34_items_title_not_blank;
