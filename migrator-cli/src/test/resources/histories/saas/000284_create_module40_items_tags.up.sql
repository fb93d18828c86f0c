CREATE TABLE module40_items_tags (
    item_id bigint NOT NULL REFERENCES module40_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module40_items_tags_tag_idx ON module40_items_tags (tag);
