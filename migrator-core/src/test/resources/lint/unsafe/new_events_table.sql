-- expect: prefer-bigint, timestamp-without-time-zone, prefer-jsonb, prefer-text
CREATE TABLE events (
    id serial PRIMARY KEY,
    kind varchar(40) NOT NULL,
    happened_at timestamp NOT NULL,
    payload json
);
