DROP TABLE IF EXISTS module05_items_tags;
