DROP TABLE IF EXISTS module19_items_tags;
