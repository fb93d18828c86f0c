DROP TRIGGER IF EXISTS module37_items_audit ON module37_items;
DROP FUNCTION IF EXISTS module37_items_audit_fn();
DROP TABLE IF EXISTS module37_items_audit;
