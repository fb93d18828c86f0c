DROP TRIGGER IF EXISTS module33_items_audit ON module33_items;
DROP FUNCTION IF EXISTS module33_items_audit_fn();
DROP TABLE IF EXISTS module33_items_audit;
