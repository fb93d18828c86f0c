CREATE TABLE module34_items_tags (
    item_id bigint NOT NULL REFERENCES module34_items (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX module34_items_tags_tag_idx ON module34_items_tags (tag);
