CREATE TABLE module24_items_tags (
    item_id bigint NOT NULL REFERENCES module24_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module24_items_tags_tag_idx ON module24_items_tags (tag);
