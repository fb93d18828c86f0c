DELETE FROM module38_items WHERE attributes @> '{"seeded": true}';
