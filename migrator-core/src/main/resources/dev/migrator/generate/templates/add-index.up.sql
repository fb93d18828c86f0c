-- Adds the index [(${indexName})] on [(${table})] ([(${indexColumns})]).
-- Rolled back by dropping it.
[# th:if="${concurrently}"]-- migrator:no-transaction
CREATE [(${unique ? 'UNIQUE ' : ''})]INDEX CONCURRENTLY IF NOT EXISTS [(${indexName})] ON [(${table})] ([(${indexColumns})]);
[/][# th:unless="${concurrently}"]-- A plain CREATE INDEX blocks writes while it builds: fine for a small table only.
-- migrator:allow index-not-concurrent
CREATE [(${unique ? 'UNIQUE ' : ''})]INDEX IF NOT EXISTS [(${indexName})] ON [(${table})] ([(${indexColumns})]);
[/]
