DROP TABLE IF EXISTS module27_items_tags;
