DELETE FROM tags WHERE name IN ('hello', 'howto');
DELETE FROM users WHERE email = 'ada@example.com';
