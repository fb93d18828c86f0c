DROP TRIGGER IF EXISTS module08_items_audit ON module08_items;
DROP FUNCTION IF EXISTS module08_items_audit_fn();
DROP TABLE IF EXISTS module08_items_audit;
