-- Drops the index [(${upFile})] added.
[# th:if="${concurrently}"]-- migrator:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS [(${indexName})];
[/][# th:unless="${concurrently}"]DROP INDEX IF EXISTS [(${indexName})];
[/]
