DROP TRIGGER IF EXISTS module23_items_audit ON module23_items;
DROP FUNCTION IF EXISTS module23_items_audit_fn();
DROP TABLE IF EXISTS module23_items_audit;
