DROP TRIGGER IF EXISTS module34_items_audit ON module34_items;
DROP FUNCTION IF EXISTS module34_items_audit_fn();
DROP TABLE IF EXISTS module34_items_audit;
