DO $do$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id FROM accounts ORDER BY id LOOP
        INSERT INTO module38_items (account_id, title, attributes)
            VALUES (r.id, 'welcome; item', jsonb_build_object('seeded', true, 'note', E'it\'s seeded'));
    END LOOP;
END
$do$;
