CREATE TABLE module17_items_tags (
    item_id bigint NOT NULL REFERENCES module17_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module17_items_tags_tag_idx ON module17_items_tags (tag);
