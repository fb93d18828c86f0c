-- Changes [(${table})].[(${column.name})] to [(${newType})] by expand and contract, without
-- rewriting the table under a lock: a new column, a backfill, then a swap of names. The
-- old values stay in [(${oldName})]; drop it in a later migration once nothing reads it.
-- Rolled back by swapping the names back and dropping the new column.
-- migrator:no-transaction
ALTER TABLE [(${table})] ADD COLUMN IF NOT EXISTS [(${newColumn})] [(${newType})];
UPDATE [(${table})] SET [(${newColumn})] = [(${column.name})]::[(${newType})] WHERE [(${newColumn})] IS NULL;
-- migrator:allow rename-column
ALTER TABLE [(${table})] RENAME COLUMN [(${column.name})] TO [(${oldName})];
-- migrator:allow rename-column
ALTER TABLE [(${table})] RENAME COLUMN [(${newColumn})] TO [(${column.name})];
