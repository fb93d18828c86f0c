DROP TABLE IF EXISTS module31_items_tags;
