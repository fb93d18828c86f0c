DROP TABLE IF EXISTS module20_items_tags;
