CREATE TABLE module01_items_tags (
    item_id bigint NOT NULL REFERENCES module01_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module01_items_tags_tag_idx ON module01_items_tags (tag);
