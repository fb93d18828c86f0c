CREATE TABLE module23_items_tags (
    item_id bigint NOT NULL REFERENCES module23_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module23_items_tags_tag_idx ON module23_items_tags (tag);
