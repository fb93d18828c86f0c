DELETE FROM module14_items WHERE attributes @> '{"seeded": true}';
