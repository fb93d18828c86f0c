CREATE TABLE module35_items_tags (
    item_id bigint NOT NULL REFERENCES module35_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module35_items_tags_tag_idx ON module35_items_tags (tag);
