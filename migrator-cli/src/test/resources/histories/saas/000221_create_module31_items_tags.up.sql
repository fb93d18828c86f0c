CREATE TABLE module31_items_tags (
    item_id bigint NOT NULL REFERENCES module31_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module31_items_tags_tag_idx ON module31_items_tags (tag);
