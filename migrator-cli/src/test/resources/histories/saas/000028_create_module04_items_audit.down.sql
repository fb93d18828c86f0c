DROP TRIGGER IF EXISTS module04_items_audit ON module04_items;
DROP FUNCTION IF EXISTS module04_items_audit_fn();
DROP TABLE IF EXISTS module04_items_audit;
