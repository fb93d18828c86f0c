DROP TRIGGER IF EXISTS module06_items_audit ON module06_items;
DROP FUNCTION IF EXISTS module06_items_audit_fn();
DROP TABLE IF EXISTS module06_items_audit;
