CREATE TABLE module08_items_tags (
    item_id bigint NOT NULL REFERENCES module08_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module08_items_tags_tag_idx ON module08_items_tags (tag);
