-- Adds the NOT NULL column [(${column.name})] to [(${table})] without locking it:
-- add it nullable, default new rows, backfill old ones, then prove NOT NULL with a
-- validated check so SET NOT NULL needs no table scan. Each statement commits on its own.
-- Rolled back by dropping the column.
-- migrator:no-transaction
ALTER TABLE [(${table})] ADD COLUMN IF NOT EXISTS [(${column.name})] [(${column.type})];
ALTER TABLE [(${table})] ALTER COLUMN [(${column.name})] SET DEFAULT [(${column.defaultValue})];
UPDATE [(${table})] SET [(${column.name})] = [(${column.defaultValue})] WHERE [(${column.name})] IS NULL;
ALTER TABLE [(${table})] ADD CONSTRAINT [(${constraintName})] CHECK ([(${column.name})] IS NOT NULL) NOT VALID;
ALTER TABLE [(${table})] VALIDATE CONSTRAINT [(${constraintName})];
ALTER TABLE [(${table})] ALTER COLUMN [(${column.name})] SET NOT NULL;
ALTER TABLE [(${table})] DROP CONSTRAINT IF EXISTS [(${constraintName})];
