-- Creates table [(${table})].
-- Rolled back by dropping it.
CREATE TABLE IF NOT EXISTS [(${table})] (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
[# th:each="c : ${columns}"]    [(${c.definition})],
[/]    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
[# th:each="c : ${columns}"][# th:if="${c.references}"]CREATE INDEX IF NOT EXISTS [(${c.indexName})] ON [(${table})] ([(${c.name})]);
[/][/]
