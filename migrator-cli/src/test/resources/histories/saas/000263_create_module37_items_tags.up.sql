CREATE TABLE module37_items_tags (
    item_id bigint NOT NULL REFERENCES module37_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module37_items_tags_tag_idx ON module37_items_tags (tag);
