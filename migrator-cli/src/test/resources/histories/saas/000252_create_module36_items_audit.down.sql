DROP TRIGGER IF EXISTS module36_items_audit ON module36_items;
DROP FUNCTION IF EXISTS module36_items_audit_fn();
DROP TABLE IF EXISTS module36_items_audit;
