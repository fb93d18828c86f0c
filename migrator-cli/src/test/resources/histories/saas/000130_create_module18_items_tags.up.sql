CREATE TABLE module18_items_tags (
    item_id bigint NOT NULL REFERENCES module18_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module18_items_tags_tag_idx ON module18_items_tags (tag);
