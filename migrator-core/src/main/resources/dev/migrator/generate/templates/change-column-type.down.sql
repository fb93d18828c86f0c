-- Swaps the names back and drops the new column, undoing [(${upFile})].
-- migrator:no-transaction
ALTER TABLE [(${table})] RENAME COLUMN [(${column.name})] TO [(${newColumn})];
ALTER TABLE [(${table})] RENAME COLUMN [(${oldName})] TO [(${column.name})];
ALTER TABLE [(${table})] DROP COLUMN IF EXISTS [(${newColumn})];
