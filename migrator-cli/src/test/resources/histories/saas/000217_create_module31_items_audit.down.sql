DROP TRIGGER IF EXISTS module31_items_audit ON module31_items;
DROP FUNCTION IF EXISTS module31_items_audit_fn();
DROP TABLE IF EXISTS module31_items_audit;
