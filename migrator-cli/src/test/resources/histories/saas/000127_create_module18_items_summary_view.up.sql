CREATE VIEW module18_items_summary AS
    SELECT account_id, state, count(*) AS items, sum(amount) AS total
    FROM module18_items
    GROUP BY account_id, state;
