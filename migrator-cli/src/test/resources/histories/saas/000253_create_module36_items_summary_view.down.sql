DROP VIEW IF EXISTS module36_items_summary;
