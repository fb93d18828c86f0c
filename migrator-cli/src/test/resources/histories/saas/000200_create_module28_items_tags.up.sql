CREATE TABLE module28_items_tags (
    item_id bigint NOT NULL REFERENCES module28_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module28_items_tags_tag_idx ON module28_items_tags (tag);
