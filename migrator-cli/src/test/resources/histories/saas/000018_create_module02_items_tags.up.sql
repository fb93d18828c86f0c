CREATE TABLE module02_items_tags (
    item_id bigint NOT NULL REFERENCES module02_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module02_items_tags_tag_idx ON module02_items_tags (tag);
