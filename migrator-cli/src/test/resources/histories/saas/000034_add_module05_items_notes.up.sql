ALTER TABLE module05_items ADD COLUMN notes text;
ALTER TABLE module05_items ADD COLUMN priority integer NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5);
COMMENT ON COLUMN module05_items.priority IS 'Priority from 1 (urgent) to 5 (someday); it''s a small int';
