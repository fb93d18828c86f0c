-- Renames [(${table})].[(${column.name})] to [(${newName})]. Deploy code that no longer
-- uses the old name first.
-- Rolled back by renaming it back.
-- migrator:allow rename-column
ALTER TABLE [(${table})] RENAME COLUMN [(${column.name})] TO [(${newName})];
