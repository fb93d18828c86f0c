COPY accounts (name, email) FROM stdin;
Acme Corp	ops@acme.test
Globex; Inc.	it@globex.test
O'Reilly Media	admin@oreilly.test
\.
