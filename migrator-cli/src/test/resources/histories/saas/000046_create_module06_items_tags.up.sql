CREATE TABLE module06_items_tags (
    item_id bigint NOT NULL REFERENCES module06_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module06_items_tags_tag_idx ON module06_items_tags (tag);
