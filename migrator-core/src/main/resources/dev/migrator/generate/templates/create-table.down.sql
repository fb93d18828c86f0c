-- Drops table [(${table})], undoing [(${upFile})].
DROP TABLE IF EXISTS [(${table})];
