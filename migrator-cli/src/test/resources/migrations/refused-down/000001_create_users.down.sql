-- Forgets CASCADE: notes still references users, so PostgreSQL refuses.
DROP TABLE users;
