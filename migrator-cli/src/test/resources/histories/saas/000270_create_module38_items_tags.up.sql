CREATE TABLE module38_items_tags (
    item_id bigint NOT NULL REFERENCES module38_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module38_items_tags_tag_idx ON module38_items_tags (tag);
