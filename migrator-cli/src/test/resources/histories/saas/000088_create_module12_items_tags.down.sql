DROP TABLE IF EXISTS module12_items_tags;
