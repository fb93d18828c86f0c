CREATE TABLE module21_items_tags (
    item_id bigint NOT NULL REFERENCES module21_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module21_items_tags_tag_idx ON module21_items_tags (tag);
