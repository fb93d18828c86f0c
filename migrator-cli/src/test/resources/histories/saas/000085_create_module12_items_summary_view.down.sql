DROP VIEW IF EXISTS module12_items_summary;
