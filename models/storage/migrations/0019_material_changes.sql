-- min_compatible: 1
-- SPEC 2.5: a vendor reports a material change within 30 days of the day it took effect. Each
-- change keeps the days as the start of their China date in UTC ms, and its deadline (24:00 China
-- time of the 30th day after) so that the vendors list can sort and count the overdue by it.
-- reported_at is NULL while the platform awaits the vendor's report.
CREATE TABLE vendor_changes (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    kind TEXT NOT NULL CHECK (kind IN ('company_name', 'legal_representative', 'registered_address',
                                       'registered_capital', 'business_scope', 'ownership', 'other')),
    before_value TEXT NOT NULL DEFAULT '',
    after_value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    effective_at BIGINT NOT NULL,
    report_due_at BIGINT NOT NULL,
    reported_at BIGINT,
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX vendor_changes_vendor ON vendor_changes (vendor_id, effective_at);
-- The earliest awaited report of a vendor, one index probe per listed vendor.
CREATE INDEX vendor_changes_awaited ON vendor_changes (vendor_id, report_due_at) WHERE reported_at IS NULL;
