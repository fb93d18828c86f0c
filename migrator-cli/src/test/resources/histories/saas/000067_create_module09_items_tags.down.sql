DROP TABLE IF EXISTS module09_items_tags;
