CREATE TABLE module25_items_tags (
    item_id bigint NOT NULL REFERENCES module25_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module25_items_tags_tag_idx ON module25_items_tags (tag);
