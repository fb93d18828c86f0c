DROP TABLE IF EXISTS module03_items_tags;
