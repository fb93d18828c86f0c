DROP TRIGGER IF EXISTS module27_items_audit ON module27_items;
DROP FUNCTION IF EXISTS module27_items_audit_fn();
DROP TABLE IF EXISTS module27_items_audit;
