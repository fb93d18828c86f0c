DROP TABLE IF EXISTS module08_items_tags;
