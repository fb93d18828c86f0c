CREATE TABLE module05_items_tags (
    item_id bigint NOT NULL REFERENCES module05_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module05_items_tags_tag_idx ON module05_items_tags (tag);
