-- [(${description})].
-- Rolled back by the statements in [(${downFile})].
SELECT 1; -- replace with the migration's statements
