-- expect: drop-column, delete-without-where, update-without-where, drop-table
ALTER TABLE orders DROP COLUMN legacy_code;
DELETE FROM order_audit;
UPDATE orders SET archived = false;
DROP TABLE IF EXISTS order_audit_old;
