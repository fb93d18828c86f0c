CREATE TABLE module04_items_tags (
    item_id bigint NOT NULL REFERENCES module04_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module04_items_tags_tag_idx ON module04_items_tags (tag);
