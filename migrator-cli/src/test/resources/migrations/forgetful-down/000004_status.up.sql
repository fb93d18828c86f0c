ALTER TABLE notes ADD COLUMN status text DEFAULT 'draft';
