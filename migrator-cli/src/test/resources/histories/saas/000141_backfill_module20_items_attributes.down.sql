DELETE FROM module20_items WHERE attributes @> '{"seeded": true}';
