DROP TABLE IF EXISTS module10_items_tags;
