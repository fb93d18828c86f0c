DROP TABLE IF EXISTS module15_items_tags;
