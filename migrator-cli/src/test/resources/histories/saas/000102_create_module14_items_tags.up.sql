CREATE TABLE module14_items_tags (
    item_id bigint NOT NULL REFERENCES module14_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module14_items_tags_tag_idx ON module14_items_tags (tag);
