-- min_compatible: 5
-- SPEC 2.3: no product is listed while the vendor's deposit is not paid in full, whichever client
-- writes. The amount due is the highest deposit among the vendor's markets plus the confirmed
-- surcharges valid at the row's updated_at; the balance is the ledger's sum.

CREATE VIEW vendor_deposit_balances AS
SELECT v.id AS vendor_id,
    (SELECT COALESCE(SUM(CASE WHEN e.kind IN ('payment', 'top_up') THEN e.amount_fen ELSE -e.amount_fen END), 0)
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
