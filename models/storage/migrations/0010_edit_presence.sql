-- min_compatible: 5
-- Who has a record open for editing (issue 6), so that others see it before they collide. A row
-- lives while the editing dialog is open; rows older than an hour are stale (a crashed client) and
-- are ignored and cleared by the next announcement.
CREATE TABLE edit_presence (
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    holder TEXT NOT NULL,
    since BIGINT NOT NULL,
    PRIMARY KEY (entity, entity_id, holder)
);
