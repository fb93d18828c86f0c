-- Drops the column [(${upFile})] added.
ALTER TABLE [(${table})] DROP COLUMN IF EXISTS [(${column.name})];
