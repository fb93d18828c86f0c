DROP TABLE IF EXISTS module23_items_tags;
