DELETE FROM accounts WHERE email IN ('ops@acme.test', 'it@globex.test', 'admin@oreilly.test');
