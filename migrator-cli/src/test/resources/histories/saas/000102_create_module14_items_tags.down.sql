DROP TABLE IF EXISTS module14_items_tags;
