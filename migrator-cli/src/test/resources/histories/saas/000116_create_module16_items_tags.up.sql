CREATE TABLE module16_items_tags (
    item_id bigint NOT NULL REFERENCES module16_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module16_items_tags_tag_idx ON module16_items_tags (tag);
