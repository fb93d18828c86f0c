DROP TRIGGER IF EXISTS module17_items_audit ON module17_items;
DROP FUNCTION IF EXISTS module17_items_audit_fn();
DROP TABLE IF EXISTS module17_items_audit;
