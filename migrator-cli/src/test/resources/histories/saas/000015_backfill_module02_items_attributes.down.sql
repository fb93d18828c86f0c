DELETE FROM module02_items WHERE attributes @> '{"seeded": true}';
