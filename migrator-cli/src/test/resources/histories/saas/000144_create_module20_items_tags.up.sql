CREATE TABLE module20_items_tags (
    item_id bigint NOT NULL REFERENCES module20_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module20_items_tags_tag_idx ON module20_items_tags (tag);
