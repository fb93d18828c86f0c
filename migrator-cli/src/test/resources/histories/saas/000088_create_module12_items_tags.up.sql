CREATE TABLE module12_items_tags (
    item_id bigint NOT NULL REFERENCES module12_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module12_items_tags_tag_idx ON module12_items_tags (tag);
