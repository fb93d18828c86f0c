CREATE VIEW module12_items_summary AS
    SELECT account_id, state, count(*) AS items, sum(amount) AS total
    FROM module12_items
    GROUP BY account_id, state;
