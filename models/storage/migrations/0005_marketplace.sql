-- min_compatible: 5
-- Requests pulled from the marketplace, and the results pushed back. An older app would issue a
-- marketplace request without queuing its push, so it may no longer open the database.

-- The marketplace's own ID of the request (a string: it exceeds a double), its raw invoice type to
-- push back, the buyer's note, and where the push stands: NULL for a request that was never on the
-- marketplace, 'synced' when the marketplace knows what MarketDesk knows, 'pending' while a push
-- waits in the outbox, 'failed' when a push was refused for good (sync_error says why).
ALTER TABLE invoice_requests ADD COLUMN marketplace_id TEXT;
ALTER TABLE invoice_requests ADD COLUMN marketplace_type INTEGER;
ALTER TABLE invoice_requests ADD COLUMN buyer_notice TEXT NOT NULL DEFAULT '';
ALTER TABLE invoice_requests ADD COLUMN sync_state TEXT
    CHECK (sync_state IS NULL OR sync_state IN ('synced', 'pending', 'failed'));
ALTER TABLE invoice_requests ADD COLUMN sync_error TEXT;
CREATE UNIQUE INDEX invoice_requests_marketplace ON invoice_requests (marketplace_id);

-- Results waiting to reach the marketplace, written in the transaction that issued or rejected the
-- request (an outbox): a crash between the two can lose neither. `outcome_unknown` is set when a
-- send timed out after the request had left: the sender re-reads the request before sending again,
-- because the API has no idempotency key.
CREATE TABLE marketplace_outbox (
    id TEXT PRIMARY KEY,
    invoice_request_id TEXT NOT NULL REFERENCES invoice_requests (id),
    marketplace_id TEXT NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('issue', 'reject')),
    payload TEXT NOT NULL,  -- the ModifyInvoiceForIsv parameters as a JSON object
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    outcome_unknown BOOLEAN NOT NULL DEFAULT FALSE,
    last_error TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX marketplace_outbox_due ON marketplace_outbox (state, next_attempt_at);

-- How far the pull has come: every request created before `swept_until` (UTC ms) has been saved.
CREATE TABLE marketplace_sync (
    provider TEXT PRIMARY KEY,
    swept_until BIGINT,
    last_pull_at BIGINT,
    last_error TEXT,
    updated_at BIGINT NOT NULL
);
