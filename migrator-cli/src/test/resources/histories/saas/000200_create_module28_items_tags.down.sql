DROP TABLE IF EXISTS module28_items_tags;
