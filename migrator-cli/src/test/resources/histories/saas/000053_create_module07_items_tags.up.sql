CREATE TABLE module07_items_tags (
    item_id bigint NOT NULL REFERENCES module07_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module07_items_tags_tag_idx ON module07_items_tags (tag);
