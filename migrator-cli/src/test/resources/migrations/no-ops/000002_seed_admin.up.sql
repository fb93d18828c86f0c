INSERT INTO users (id, email) VALUES (1, 'Admin@Example.com') ON CONFLICT (id) DO NOTHING;
UPDATE users SET email = lower(email);
