CREATE TABLE module27_items_tags (
    item_id bigint NOT NULL REFERENCES module27_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module27_items_tags_tag_idx ON module27_items_tags (tag);
