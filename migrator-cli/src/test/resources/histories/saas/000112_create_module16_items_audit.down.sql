DROP TRIGGER IF EXISTS module16_items_audit ON module16_items;
DROP FUNCTION IF EXISTS module16_items_audit_fn();
DROP TABLE IF EXISTS module16_items_audit;
