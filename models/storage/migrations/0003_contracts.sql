-- min_compatible: 3
-- Contracts as SPEC 6 has them. The tables 0001 sketched held no rows yet: they are rebuilt.
-- Each contract keeps its own copy of party A and, from the text's confirmation on, its text.

DROP TABLE contract_orders;
DROP TABLE contracts;
DROP TABLE party_a_details;

-- Whether the buyer account is a person: an individual signs two-sided without a choice.
ALTER TABLE buyers ADD COLUMN kind TEXT NOT NULL DEFAULT 'enterprise'
    CHECK (kind IN ('enterprise', 'individual'));

-- The party A details a buyer last gave; every new contract starts from them.
CREATE TABLE party_a_details (
    buyer_id TEXT PRIMARY KEY REFERENCES buyers (id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    contact TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);

CREATE TABLE contracts (
    id TEXT PRIMARY KEY,
    contract_no TEXT NOT NULL UNIQUE,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    buyer_id TEXT NOT NULL REFERENCES buyers (id),
    kind TEXT NOT NULL CHECK (kind IN ('framework', 'order', 'filing')),
    seal TEXT NOT NULL CHECK (seal IN ('one_sided', 'two_sided')),
    state TEXT NOT NULL CHECK (state IN ('draft', 'signing', 'effective', 'voided', 'terminated')),
    sub_state TEXT NOT NULL,
    framework_id TEXT REFERENCES contracts (id),
    total_fen BIGINT NOT NULL DEFAULT 0 CHECK (total_fen >= 0),
    party_a_name TEXT NOT NULL,
    party_a_address TEXT NOT NULL,
    party_a_contact TEXT NOT NULL,
    party_a_phone TEXT NOT NULL,
    party_a_email TEXT NOT NULL,
    valid_from TEXT NOT NULL,  -- ISO dates, yyyy-MM-dd
    valid_until TEXT NOT NULL,
    filing_project TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',  -- the generated text (HTML), fixed once the signature is confirmed
    state_reason TEXT NOT NULL DEFAULT '',
    customer_signed_at BIGINT,
    effective_at BIGINT,
    ended_at BIGINT,  -- voided or terminated
    paper_copies INTEGER NOT NULL DEFAULT 0 CHECK (paper_copies BETWEEN 0 AND 2),
    paper_recipient TEXT,
    paper_phone TEXT,
    paper_address TEXT,
    paper_postcode TEXT,
    paper_requested_at BIGINT,
    paper_due_at BIGINT,  -- 5 working days after the request, end of that day, UTC
    paper_courier TEXT,
    paper_tracking_no TEXT,
    paper_mailed_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,  -- applied at
    created_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (kind = 'framework' OR framework_id IS NOT NULL),
    CHECK ((paper_copies = 0) = (paper_requested_at IS NULL)),
    CHECK ((state = 'draft' AND sub_state IN ('filling_in', 'confirming_text', 'confirming_signature',
                'generating'))
        OR (state = 'signing' AND sub_state IN ('customer_signing', 'cancelling', 'platform_signing'))
        OR (state = 'effective' AND sub_state IN ('effective', 'paper_copy_requested', 'paper_copy_mailed'))
        OR (state = 'voided' AND sub_state = 'voided')
        OR (state = 'terminated' AND sub_state = 'terminated'))
);
-- One valid framework contract per buyer account (with one vendor).
CREATE UNIQUE INDEX contracts_one_framework ON contracts (buyer_id, vendor_id)
    WHERE kind = 'framework' AND state IN ('draft', 'signing', 'effective');
-- The list's sort orders, each ending in id for keyset paging.
CREATE INDEX contracts_created ON contracts (created_at, id);
CREATE INDEX contracts_state ON contracts (state, created_at, id);
CREATE INDEX contracts_no ON contracts (contract_no, id);
CREATE INDEX contracts_buyer ON contracts (buyer_id, vendor_id);

-- An order belongs to at most one contract until that contract is voided and deleted.
CREATE TABLE contract_orders (
    contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders (id),
    position INTEGER NOT NULL,
    amount_fen BIGINT NOT NULL,  -- what the order adds to the total; negative for a refund order
    PRIMARY KEY (contract_id, order_id)
);
