-- Undoes [(${upFile})].
SELECT 1; -- replace with the statements that undo it
