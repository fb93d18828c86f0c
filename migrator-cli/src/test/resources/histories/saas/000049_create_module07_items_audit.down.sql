DROP TRIGGER IF EXISTS module07_items_audit ON module07_items;
DROP FUNCTION IF EXISTS module07_items_audit_fn();
DROP TABLE IF EXISTS module07_items_audit;
