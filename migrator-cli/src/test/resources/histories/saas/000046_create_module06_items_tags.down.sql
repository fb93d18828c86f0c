DROP TABLE IF EXISTS module06_items_tags;
