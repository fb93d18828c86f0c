ALTER TABLE book DROP COLUMN borrowed_at;
