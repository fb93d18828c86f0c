-- Renames the column back, undoing [(${upFile})].
ALTER TABLE [(${table})] RENAME COLUMN [(${newName})] TO [(${column.name})];
