DROP TRIGGER IF EXISTS module30_items_audit ON module30_items;
DROP FUNCTION IF EXISTS module30_items_audit_fn();
DROP TABLE IF EXISTS module30_items_audit;
