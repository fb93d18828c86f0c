CREATE TABLE module29_items_tags (
    item_id bigint NOT NULL REFERENCES module29_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module29_items_tags_tag_idx ON module29_items_tags (tag);
