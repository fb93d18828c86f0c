CREATE TABLE module30_items_tags (
    item_id bigint NOT NULL REFERENCES module30_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module30_items_tags_tag_idx ON module30_items_tags (tag);
