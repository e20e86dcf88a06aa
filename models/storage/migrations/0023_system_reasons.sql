-- min_compatible: 1
-- Reasons MarketDesk gives by its rules are kept as codes (SystemReason) and put into words when
-- read, in each reader's language; the reason columns beside them keep what a person wrote.
-- Older apps do not read these columns and go on writing their reasons as text.
ALTER TABLE vendors ADD COLUMN status_reason_code TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN delist_reason_code TEXT NOT NULL DEFAULT '';
ALTER TABLE deposit_entries ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
ALTER TABLE deposit_surcharges ADD COLUMN reason_code TEXT NOT NULL DEFAULT '';
