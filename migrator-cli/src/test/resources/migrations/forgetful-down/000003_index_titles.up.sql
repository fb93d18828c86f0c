ALTER TABLE notes ADD COLUMN title text;
CREATE INDEX IF NOT EXISTS notes_title_idx ON notes (title);
