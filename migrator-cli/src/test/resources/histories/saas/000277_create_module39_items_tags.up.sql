CREATE TABLE module39_items_tags (
    item_id bigint NOT NULL REFERENCES module39_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module39_items_tags_tag_idx ON module39_items_tags (tag);
