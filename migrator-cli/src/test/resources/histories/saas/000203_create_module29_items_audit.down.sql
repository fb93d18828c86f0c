DROP TRIGGER IF EXISTS module29_items_audit ON module29_items;
DROP FUNCTION IF EXISTS module29_items_audit_fn();
DROP TABLE IF EXISTS module29_items_audit;
