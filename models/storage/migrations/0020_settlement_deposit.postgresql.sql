-- min_compatible: 20
-- SPEC 2.3: a shortfall not topped up within the working days is taken from the vendor's next
-- settlement: the ledger gains the kind 'settlement', a credit like a top-up. An app that does not
-- know it would count it as a debit, hence min_compatible.
ALTER TABLE deposit_entries DROP CONSTRAINT deposit_entries_kind_check;
ALTER TABLE deposit_entries ADD CONSTRAINT deposit_entries_kind_check
    CHECK (kind IN ('payment', 'top_up', 'settlement', 'deduction', 'refund'));

CREATE OR REPLACE VIEW vendor_deposit_balances AS
SELECT v.id AS vendor_id,
    (SELECT COALESCE(SUM(CASE WHEN e.kind IN ('payment', 'top_up', 'settlement') THEN e.amount_fen
                              ELSE -e.amount_fen END), 0)
        FROM deposit_entries e WHERE e.vendor_id = v.id) AS balance_fen,
    (SELECT COALESCE(MAX(m.deposit_fen), 0) FROM vendor_markets vm JOIN markets m ON m.id = vm.market_id
        WHERE vm.vendor_id = v.id) AS market_due_fen
FROM vendors v;
