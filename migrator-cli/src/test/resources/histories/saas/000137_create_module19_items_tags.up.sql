CREATE TABLE module19_items_tags (
    item_id bigint NOT NULL REFERENCES module19_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module19_items_tags_tag_idx ON module19_items_tags (tag);
