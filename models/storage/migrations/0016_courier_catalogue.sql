-- min_compatible: 1
-- The courier list becomes an administrator catalogue like the markets: entries are changed with
-- the version they were read at, so two administrators never overwrite each other unseen. Older
-- clients only read the list and are unaffected.
ALTER TABLE couriers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
