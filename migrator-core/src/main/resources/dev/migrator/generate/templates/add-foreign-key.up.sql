-- Links [(${table})].[(${column.name})] to [(${column.referencedTable})] ([(${column.referencedColumn})]) safely:
-- the index first (so deletes on the parent stay fast), then the key NOT VALID
-- (instant), then VALIDATE, which does not block writes. Each statement commits on its own.
-- Rolled back by dropping the key and the index.
-- migrator:no-transaction
[# th:if="${column.type != null}"]ALTER TABLE [(${table})] ADD COLUMN IF NOT EXISTS [(${column.name})] [(${column.type})];
[/]CREATE INDEX CONCURRENTLY IF NOT EXISTS [(${column.indexName})] ON [(${table})] ([(${column.name})]);
ALTER TABLE [(${table})] ADD CONSTRAINT [(${constraintName})] FOREIGN KEY ([(${column.name})]) REFERENCES [(${column.referencedTable})] ([(${column.referencedColumn})]) NOT VALID;
ALTER TABLE [(${table})] VALIDATE CONSTRAINT [(${constraintName})];
