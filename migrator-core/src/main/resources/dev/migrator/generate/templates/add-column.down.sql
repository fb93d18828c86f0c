-- Drops what [(${upFile})] added.
[# th:each="c : ${columns}"]ALTER TABLE [(${table})] DROP COLUMN IF EXISTS [(${c.name})];
[/]
