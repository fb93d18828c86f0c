-- Deliberately keeps notes so that the down of 000001 is refused.
SELECT 1;
