DROP TRIGGER IF EXISTS module25_items_audit ON module25_items;
DROP FUNCTION IF EXISTS module25_items_audit_fn();
DROP TABLE IF EXISTS module25_items_audit;
