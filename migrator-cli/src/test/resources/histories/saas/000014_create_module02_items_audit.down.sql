DROP TRIGGER IF EXISTS module02_items_audit ON module02_items;
DROP FUNCTION IF EXISTS module02_items_audit_fn();
DROP TABLE IF EXISTS module02_items_audit;
