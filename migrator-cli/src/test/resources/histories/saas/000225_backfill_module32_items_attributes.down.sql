DELETE FROM module32_items WHERE attributes @> '{"seeded": true}';
