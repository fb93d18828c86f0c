CREATE TABLE module32_items_tags (
    item_id bigint NOT NULL REFERENCES module32_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module32_items_tags_tag_idx ON module32_items_tags (tag);
