-- Drops the key and index [(${upFile})] added.
-- migrator:no-transaction
ALTER TABLE [(${table})] DROP CONSTRAINT IF EXISTS [(${constraintName})];
DROP INDEX CONCURRENTLY IF EXISTS [(${column.indexName})];
[# th:if="${column.type != null}"]ALTER TABLE [(${table})] DROP COLUMN IF EXISTS [(${column.name})];
[/]
