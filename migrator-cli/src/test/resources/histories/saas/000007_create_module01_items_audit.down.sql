DROP TRIGGER IF EXISTS module01_items_audit ON module01_items;
DROP FUNCTION IF EXISTS module01_items_audit_fn();
DROP TABLE IF EXISTS module01_items_audit;
