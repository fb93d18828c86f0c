DROP TABLE IF EXISTS module13_items_tags;
