CREATE TABLE module33_items_tags (
    item_id bigint NOT NULL REFERENCES module33_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module33_items_tags_tag_idx ON module33_items_tags (tag);
