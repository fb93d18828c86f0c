DELETE FROM module26_items WHERE attributes @> '{"seeded": true}';
