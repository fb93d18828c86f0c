DROP TRIGGER IF EXISTS module24_items_audit ON module24_items;
DROP FUNCTION IF EXISTS module24_items_audit_fn();
DROP TABLE IF EXISTS module24_items_audit;
