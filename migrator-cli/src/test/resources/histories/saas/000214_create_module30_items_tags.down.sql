DROP TABLE IF EXISTS module30_items_tags;
