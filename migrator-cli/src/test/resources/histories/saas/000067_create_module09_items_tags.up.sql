CREATE TABLE module09_items_tags (
    item_id bigint NOT NULL REFERENCES module09_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module09_items_tags_tag_idx ON module09_items_tags (tag);
