-- A first user with a couple of tagged notes, so the app shows something.
INSERT INTO users (email, name) VALUES ('ada@example.com', 'Ada');
INSERT INTO notes (user_id, title, body)
    SELECT id, 'Welcome', 'Migrator created this schema before the app started.' FROM users WHERE email = 'ada@example.com';
INSERT INTO notes (user_id, title, body)
    SELECT id, 'Try it', 'curl localhost:8080/actuator/migrations' FROM users WHERE email = 'ada@example.com';
INSERT INTO tags (name) VALUES ('hello'), ('howto');
INSERT INTO note_tags (note_id, tag_id)
    SELECT n.id, t.id FROM notes n JOIN tags t ON (n.title, t.name) IN (('Welcome', 'hello'), ('Try it', 'howto'));
