DROP VIEW IF EXISTS module18_items_summary;
