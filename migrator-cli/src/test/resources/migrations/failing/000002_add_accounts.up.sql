CREATE TABLE accounts (id bigint PRIMARY KEY);

INSERT INTO accounts (id)
SELECT nope FROM accounts;
