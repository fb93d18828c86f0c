DROP TRIGGER IF EXISTS module09_items_audit ON module09_items;
DROP FUNCTION IF EXISTS module09_items_audit_fn();
DROP TABLE IF EXISTS module09_items_audit;
