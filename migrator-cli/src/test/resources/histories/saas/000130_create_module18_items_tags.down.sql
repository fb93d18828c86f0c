DROP TABLE IF EXISTS module18_items_tags;
