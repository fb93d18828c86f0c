CREATE TABLE module10_items_tags (
    item_id bigint NOT NULL REFERENCES module10_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module10_items_tags_tag_idx ON module10_items_tags (tag);
