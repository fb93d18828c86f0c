CREATE TABLE module13_items_tags (
    item_id bigint NOT NULL REFERENCES module13_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module13_items_tags_tag_idx ON module13_items_tags (tag);
