-- Drops the check [(${upFile})] added.
ALTER TABLE [(${table})] DROP CONSTRAINT IF EXISTS [(${constraintName})];
