-- min_compatible: 20
-- SPEC 2.3: a shortfall not topped up within the working days is taken from the vendor's next
-- settlement: the ledger gains the kind 'settlement', a credit like a top-up. An app that does not
-- know it would count it as a debit, hence min_compatible. SQLite changes a CHECK only by
-- rebuilding the table; the view and the listing triggers that read it are rebuilt around it.
DROP TRIGGER products_listing_needs_deposit_insert;
DROP TRIGGER products_listing_needs_deposit_update;
DROP VIEW vendor_deposit_balances;

CREATE TABLE deposit_entries_rebuilt (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'top_up', 'settlement', 'deduction', 'refund')),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    reason TEXT NOT NULL DEFAULT '',
    violation_id TEXT,
    receipt_no TEXT UNIQUE,
    receipt_mailed_at BIGINT,
    receipt_courier TEXT,
    receipt_tracking_no TEXT,
    recorded_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO deposit_entries_rebuilt (id, vendor_id, kind, amount_fen, reason, violation_id, receipt_no,
        receipt_mailed_at, receipt_courier, receipt_tracking_no, recorded_at, recorded_by, version)
    SELECT id, vendor_id, kind, amount_fen, reason, violation_id, receipt_no, receipt_mailed_at,
        receipt_courier, receipt_tracking_no, recorded_at, recorded_by, version
    FROM deposit_entries;
DROP TABLE deposit_entries;
ALTER TABLE deposit_entries_rebuilt RENAME TO deposit_entries;
CREATE INDEX deposit_entries_vendor ON deposit_entries (vendor_id, recorded_at);

CREATE VIEW vendor_deposit_balances AS
SELECT v.id AS vendor_id,
    (SELECT COALESCE(SUM(CASE WHEN e.kind IN ('payment', 'top_up', 'settlement') THEN e.amount_fen
                              ELSE -e.amount_fen END), 0)
        FROM deposit_entries e WHERE e.vendor_id = v.id) AS balance_fen,
    (SELECT COALESCE(MAX(m.deposit_fen), 0) FROM vendor_markets vm JOIN markets m ON m.id = vm.market_id
        WHERE vm.vendor_id = v.id) AS market_due_fen
FROM vendors v;

CREATE TRIGGER products_listing_needs_deposit_insert BEFORE INSERT ON products
WHEN NEW.status = 'listed'
    AND (SELECT balance_fen - market_due_fen FROM vendor_deposit_balances WHERE vendor_id = NEW.vendor_id)
        < (SELECT COALESCE(SUM(s.amount_fen), 0) FROM deposit_surcharges s WHERE s.vendor_id = NEW.vendor_id
            AND s.status = 'confirmed' AND s.valid_from <= NEW.updated_at AND s.valid_until > NEW.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'deposit_not_paid: a product is listed only once the deposit is paid in full');
END;

CREATE TRIGGER products_listing_needs_deposit_update BEFORE UPDATE OF status ON products
WHEN NEW.status = 'listed' AND OLD.status <> 'listed'
    AND (SELECT balance_fen - market_due_fen FROM vendor_deposit_balances WHERE vendor_id = NEW.vendor_id)
        < (SELECT COALESCE(SUM(s.amount_fen), 0) FROM deposit_surcharges s WHERE s.vendor_id = NEW.vendor_id
            AND s.status = 'confirmed' AND s.valid_from <= NEW.updated_at AND s.valid_until > NEW.updated_at)
BEGIN
    SELECT RAISE(ABORT, 'deposit_not_paid: a product is listed only once the deposit is paid in full');
END;
