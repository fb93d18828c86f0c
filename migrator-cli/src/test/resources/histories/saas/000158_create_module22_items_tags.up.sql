CREATE TABLE module22_items_tags (
    item_id bigint NOT NULL REFERENCES module22_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module22_items_tags_tag_idx ON module22_items_tags (tag);
