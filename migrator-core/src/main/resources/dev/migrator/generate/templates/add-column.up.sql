-- Adds [(${#strings.listJoin(columnNames, ', ')})] to [(${table})].
-- Rolled back by dropping the column[(${columns.size() > 1 ? 's' : ''})].
[# th:each="c : ${columns}"]ALTER TABLE [(${table})] ADD COLUMN IF NOT EXISTS [(${c.definition})];
[/]
