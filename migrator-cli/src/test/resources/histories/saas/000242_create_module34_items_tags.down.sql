DROP TABLE IF EXISTS module34_items_tags;
