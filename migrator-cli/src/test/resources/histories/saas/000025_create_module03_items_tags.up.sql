CREATE TABLE module03_items_tags (
    item_id bigint NOT NULL REFERENCES module03_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module03_items_tags_tag_idx ON module03_items_tags (tag);
