CREATE TABLE module36_items_tags (
    item_id bigint NOT NULL REFERENCES module36_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module36_items_tags_tag_idx ON module36_items_tags (tag);
