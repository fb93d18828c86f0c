DROP TRIGGER IF EXISTS module11_items_audit ON module11_items;
DROP FUNCTION IF EXISTS module11_items_audit_fn();
DROP TABLE IF EXISTS module11_items_audit;
