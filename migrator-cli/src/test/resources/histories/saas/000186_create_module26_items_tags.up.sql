CREATE TABLE module26_items_tags (
    item_id bigint NOT NULL REFERENCES module26_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module26_items_tags_tag_idx ON module26_items_tags (tag);
