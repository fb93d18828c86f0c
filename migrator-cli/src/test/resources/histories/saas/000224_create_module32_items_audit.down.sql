DROP TRIGGER IF EXISTS module32_items_audit ON module32_items;
DROP FUNCTION IF EXISTS module32_items_audit_fn();
DROP TABLE IF EXISTS module32_items_audit;
