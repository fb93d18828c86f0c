DROP TABLE IF EXISTS module21_items_tags;
