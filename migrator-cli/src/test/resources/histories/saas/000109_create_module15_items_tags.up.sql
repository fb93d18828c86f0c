CREATE TABLE module15_items_tags (
    item_id bigint NOT NULL REFERENCES module15_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module15_items_tags_tag_idx ON module15_items_tags (tag);
