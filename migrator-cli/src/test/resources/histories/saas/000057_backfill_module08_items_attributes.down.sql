DELETE FROM module08_items WHERE attributes @> '{"seeded": true}';
