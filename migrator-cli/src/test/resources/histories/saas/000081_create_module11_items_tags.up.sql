CREATE TABLE module11_items_tags (
    item_id bigint NOT NULL REFERENCES module11_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module11_items_tags_tag_idx ON module11_items_tags (tag);
