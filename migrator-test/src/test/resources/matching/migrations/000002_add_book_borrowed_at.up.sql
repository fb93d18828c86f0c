ALTER TABLE book ADD COLUMN borrowed_at timestamp(6) with time zone;
