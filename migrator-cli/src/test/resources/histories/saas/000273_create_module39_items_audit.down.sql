DROP TRIGGER IF EXISTS module39_items_audit ON module39_items;
DROP FUNCTION IF EXISTS module39_items_audit_fn();
DROP TABLE IF EXISTS module39_items_audit;
