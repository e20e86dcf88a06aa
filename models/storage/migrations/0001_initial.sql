-- min_compatible: 1
-- The whole domain of SPEC sections 1 to 6. Conventions on both backends:
--   ids are lower-case UUID text; times are BIGINT milliseconds since the epoch, UTC;
--   money is BIGINT fen; every mutable row has a version that each update bumps;
--   enum columns hold stable keys guarded by CHECK constraints.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE holiday_years (
    year INTEGER PRIMARY KEY,
    imported_at BIGINT NOT NULL,
    imported_by TEXT NOT NULL
);

CREATE TABLE holidays (
    day TEXT PRIMARY KEY,  -- ISO date, yyyy-MM-dd
    year INTEGER NOT NULL REFERENCES holiday_years (year) ON DELETE CASCADE,
    name TEXT NOT NULL,
    is_off BOOLEAN NOT NULL  -- false: a make-up working day (调休)
);

CREATE TABLE markets (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    deposit_fen BIGINT NOT NULL CHECK (deposit_fen >= 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1
);

-- The reviewer's checklist; market_id NULL means "every market".
CREATE TABLE market_conditions (
    id TEXT PRIMARY KEY,
    market_id TEXT REFERENCES markets (id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE vendors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    credit_code TEXT NOT NULL DEFAULT '',
    entity_type TEXT NOT NULL CHECK (entity_type IN ('enterprise', 'individual')),
    category TEXT NOT NULL CHECK (category IN ('software', 'website_building', 'service')),
    contact_person TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    province TEXT NOT NULL,
    city TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'suspended', 'exited', 'expelled')),
    status_reason TEXT NOT NULL DEFAULT '',
    joined_at BIGINT NOT NULL,
    left_at BIGINT,
    can_issue_special_invoice BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX vendors_name ON vendors (name, id);
CREATE INDEX vendors_status ON vendors (status);
CREATE INDEX vendors_joined ON vendors (joined_at, id);

CREATE TABLE vendor_markets (
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    market_id TEXT NOT NULL REFERENCES markets (id),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (vendor_id, market_id)
);

CREATE TABLE users (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    vendor_id TEXT REFERENCES vendors (id),  -- NULL: marketplace staff
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE roles (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE permissions (
    key TEXT PRIMARY KEY,  -- e.g. invoice.issue, application.approve
    description TEXT NOT NULL
);

CREATE TABLE role_permissions (
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    permission_key TEXT NOT NULL REFERENCES permissions (key),
    PRIMARY KEY (role_id, permission_key)
);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, role_id)
);

CREATE TABLE applications (
    id TEXT PRIMARY KEY,
    company_name TEXT NOT NULL,
    contact_person TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('software', 'website_building', 'service')),
    entity_type TEXT NOT NULL CHECK (entity_type IN ('enterprise', 'individual')),
    credit_code TEXT NOT NULL DEFAULT '',
    province TEXT NOT NULL,
    city TEXT NOT NULL,
    main_business TEXT NOT NULL,
    agreements_accepted BOOLEAN NOT NULL DEFAULT FALSE,
    service_staff_count INTEGER NOT NULL DEFAULT 0 CHECK (service_staff_count >= 0),
    service_hours TEXT NOT NULL DEFAULT '',
    warranty_period TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'under_review', 'approved', 'rejected')),
    reject_reason TEXT NOT NULL DEFAULT '',
    override_reason TEXT NOT NULL DEFAULT '',  -- approval with unticked checklist items
    submitted_at BIGINT,
    decided_at BIGINT,
    decided_by TEXT,
    vendor_id TEXT REFERENCES vendors (id),  -- set on approval
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX applications_status ON applications (status, submitted_at);

CREATE TABLE application_markets (
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    market_id TEXT NOT NULL REFERENCES markets (id),
    PRIMARY KEY (application_id, market_id)
);

CREATE TABLE application_checks (
    id TEXT PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    condition_id TEXT NOT NULL REFERENCES market_conditions (id),
    ticked BOOLEAN NOT NULL DEFAULT FALSE,
    note TEXT NOT NULL DEFAULT '',
    checked_by TEXT,
    checked_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (application_id, condition_id)
);

-- Files kept with an application, violation, delivery step, invoice or contract.
CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    owner_kind TEXT NOT NULL,
    owner_id TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes >= 0),
    content {BLOB} NOT NULL,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX attachments_owner ON attachments (owner_kind, owner_id);

-- The deposit is a ledger: the balance and the amount due are derived, never stored.
CREATE TABLE deposit_entries (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    kind TEXT NOT NULL CHECK (kind IN ('payment', 'top_up', 'deduction', 'refund')),
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
CREATE INDEX deposit_entries_vendor ON deposit_entries (vendor_id, recorded_at);

-- A surcharge (追加) the platform requires for a year after repeated deductions.
CREATE TABLE deposit_surcharges (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    valid_from BIGINT NOT NULL,
    valid_until BIGINT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL
);

CREATE TABLE violation_types (
    id TEXT PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    points INTEGER NOT NULL CHECK (points >= 0),
    is_active BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE violations (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    violation_type_id TEXT NOT NULL REFERENCES violation_types (id),
    points INTEGER NOT NULL CHECK (points >= 0),  -- copied from the type when recorded
    counted_year INTEGER NOT NULL,  -- the year the points count in (processing date, SPEC 2.4)
    description TEXT NOT NULL,
    occurred_at BIGINT NOT NULL,
    processed_at BIGINT NOT NULL,
    recorded_by TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX violations_vendor_year ON violations (vendor_id, counted_year);

CREATE TABLE products (
    id TEXT PRIMARY KEY,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    market_id TEXT NOT NULL REFERENCES markets (id),
    name TEXT NOT NULL,
    delivery_type TEXT NOT NULL
        CHECK (delivery_type IN ('image', 'download', 'application', 'manual_service', 'dingtalk_plugin')),
    price_fen BIGINT NOT NULL CHECK (price_fen >= 0),
    description TEXT NOT NULL DEFAULT '',
    warranty_days INTEGER NOT NULL DEFAULT 0 CHECK (warranty_days >= 0),  -- 质保期, from acceptance
    status TEXT NOT NULL CHECK (status IN ('draft', 'under_review', 'listed', 'rejected', 'delisted')),
    security_reviewed_at BIGINT,
    listed_at BIGINT,
    delisted_at BIGINT,
    delist_reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX products_vendor ON products (vendor_id);

CREATE TABLE product_checks (
    product_id TEXT NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    ticked BOOLEAN NOT NULL DEFAULT FALSE,
    note TEXT NOT NULL DEFAULT '',
    checked_by TEXT,
    checked_at BIGINT,
    PRIMARY KEY (product_id, item_key)
);

CREATE TABLE buyers (
    id TEXT PRIMARY KEY,
    customer_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE invoice_titles (
    id TEXT PRIMARY KEY,
    buyer_id TEXT NOT NULL REFERENCES buyers (id),
    kind TEXT NOT NULL CHECK (kind IN ('enterprise', 'personal', 'organisation')),
    title TEXT NOT NULL,
    taxpayer_id TEXT NOT NULL DEFAULT '',
    bank TEXT NOT NULL DEFAULT '',
    account TEXT NOT NULL DEFAULT '',
    registered_address TEXT NOT NULL DEFAULT '',
    registered_phone TEXT NOT NULL DEFAULT '',
    is_valid BOOLEAN NOT NULL DEFAULT TRUE,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    CHECK (kind <> 'personal' OR title = '个人')
);
-- One valid title per buyer account (SPEC 5.3).
CREATE UNIQUE INDEX invoice_titles_one_valid ON invoice_titles (buyer_id) WHERE is_valid;

CREATE TABLE mailing_addresses (
    id TEXT PRIMARY KEY,
    buyer_id TEXT NOT NULL REFERENCES buyers (id),
    recipient TEXT NOT NULL,
    phone TEXT NOT NULL,
    province TEXT NOT NULL,
    city TEXT NOT NULL,
    address TEXT NOT NULL,
    postcode TEXT NOT NULL,
    is_default BOOLEAN NOT NULL DEFAULT FALSE,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX mailing_addresses_buyer ON mailing_addresses (buyer_id);

CREATE TABLE orders (
    id TEXT PRIMARY KEY,
    order_no TEXT NOT NULL UNIQUE,
    buyer_id TEXT NOT NULL REFERENCES buyers (id),
    customer_no TEXT NOT NULL,  -- copied from the buyer: the queues filter on it
    contact_phone TEXT NOT NULL,
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    product_id TEXT NOT NULL REFERENCES products (id),
    order_type TEXT NOT NULL CHECK (order_type IN ('new', 'renewal', 'change_of_spec', 'refund')),
    status TEXT NOT NULL CHECK (status IN ('paid', 'refunding', 'refunded', 'completed')),
    paid_fen BIGINT NOT NULL CHECK (paid_fen >= 0),  -- cash paid, vouchers and coupons excluded
    voucher_fen BIGINT NOT NULL DEFAULT 0 CHECK (voucher_fen >= 0),
    refunded_fen BIGINT NOT NULL DEFAULT 0 CHECK (refunded_fen >= 0 AND refunded_fen <= paid_fen),
    paid_at BIGINT NOT NULL,
    statement_period TEXT,  -- yyyy-MM when the order is a monthly statement (postpaid bill)
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX orders_paid_at ON orders (paid_at, id);
CREATE INDEX orders_status ON orders (status);
CREATE INDEX orders_vendor ON orders (vendor_id, paid_at);
CREATE INDEX orders_buyer ON orders (buyer_id);

CREATE TABLE refunds (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id),
    reason TEXT NOT NULL CHECK (reason IN ('guarantee', 'late_service', 'not_as_described', 'attitude',
        'cannot_deliver', 'quality', 'business_ended', 'unreachable', 'bankrupt', 'vendor_exit', 'other')),
    reason_text TEXT NOT NULL DEFAULT '',
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    status TEXT NOT NULL CHECK (status IN ('requested', 'approved', 'declined')),
    order_status_before TEXT NOT NULL,  -- where a declined refund returns the order
    deducted_from_deposit BOOLEAN NOT NULL DEFAULT FALSE,
    requested_at BIGINT NOT NULL,
    requested_by TEXT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT,
    decline_reason TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX refunds_order ON refunds (order_id);
CREATE INDEX refunds_status ON refunds (status, requested_at);

CREATE TABLE deliveries (
    id TEXT PRIMARY KEY,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders (id),
    vendor_id TEXT NOT NULL REFERENCES vendors (id),
    state TEXT NOT NULL CHECK (state IN ('requirement_pending', 'awaiting_confirmation', 'implementing',
        'awaiting_acceptance', 'completed', 'refunding', 'refunded')),
    paused_state TEXT,  -- where a refund request paused the flow
    requirement TEXT NOT NULL DEFAULT '',
    vendor_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    state_since BIGINT NOT NULL,
    -- When the system accepts a delivery awaiting acceptance; 2^53 - 1 in every other state so
    -- that the column sorts and pages without NULLs.
    auto_accept_at BIGINT NOT NULL DEFAULT 9007199254740991,
    accepted_at BIGINT,
    warranty_days INTEGER NOT NULL DEFAULT 0,
    intervention_requested BOOLEAN NOT NULL DEFAULT FALSE,
    step_count INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX deliveries_state ON deliveries (state, auto_accept_at, id);
CREATE INDEX deliveries_auto_accept ON deliveries (auto_accept_at, id);
CREATE INDEX deliveries_vendor ON deliveries (vendor_id);

-- The flow log (流程日志): every move of every party, numbered 1, 2, … per delivery.
CREATE TABLE delivery_steps (
    id TEXT PRIMARY KEY,
    delivery_id TEXT NOT NULL REFERENCES deliveries (id),
    seq INTEGER NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('buyer', 'vendor', 'platform', 'system')),
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT,
    to_state TEXT NOT NULL,
    details TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL,
    command_id TEXT,
    UNIQUE (delivery_id, seq)
);

CREATE TABLE couriers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    is_active BOOLEAN NOT NULL DEFAULT TRUE
);

-- The clerk's queue (SPEC 5). A request imported from the vendor console may name an order, buyer
-- or vendor this database does not hold: those references are then NULL and the copied columns
-- (order_no, customer_no, contact_phone) carry what the console said.
CREATE TABLE invoice_requests (
    id TEXT PRIMARY KEY,
    request_no TEXT NOT NULL UNIQUE,
    order_id TEXT REFERENCES orders (id),
    order_no TEXT NOT NULL,  -- copied from the order: the queue filters and sorts on them
    customer_no TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    buyer_id TEXT REFERENCES buyers (id),
    vendor_id TEXT REFERENCES vendors (id),
    title_id TEXT REFERENCES invoice_titles (id),
    -- NULL for a request imported from the console export, which does not carry the title.
    title_kind TEXT CHECK (title_kind IS NULL OR title_kind IN ('enterprise', 'personal', 'organisation')),
    title TEXT NOT NULL DEFAULT '',
    taxpayer_id TEXT NOT NULL DEFAULT '',
    bank TEXT NOT NULL DEFAULT '',
    bank_account TEXT NOT NULL DEFAULT '',
    registered_address TEXT NOT NULL DEFAULT '',
    registered_phone TEXT NOT NULL DEFAULT '',
    invoice_type TEXT NOT NULL CHECK (invoice_type IN ('vat_normal', 'vat_special')),
    medium TEXT NOT NULL CHECK (medium IN ('paper', 'electronic', 'digital')),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    status TEXT NOT NULL CHECK (status IN ('pending', 'processing', 'mailing', 'issued', 'delivered',
        'cancelled', 'refunded', 'failed', 'return_pending', 'awaiting_red_letter', 'returning',
        'return_declined', 'voided')),
    applied_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,  -- the issuing deadline computed when the request arrived
    -- When the clerk's next step is due: due_at while the request waits to be issued, the return
    -- deadline while a return waits; 9007199254740991 when nothing is due. The queue sorts on it
    -- so that overdue work comes first.
    action_due_at BIGINT NOT NULL,
    invoiced_at BIGINT,
    invoice_no TEXT,
    courier TEXT,
    tracking_no TEXT,
    email TEXT,
    recipient TEXT NOT NULL DEFAULT '',
    recipient_phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    cash_on_delivery BOOLEAN NOT NULL DEFAULT FALSE,  -- the buyer agreed to pay the courier
    statement_period TEXT,  -- yyyy-MM of a monthly statement, for statement-based invoicing
    switched_to_normal BOOLEAN NOT NULL DEFAULT FALSE,  -- special → normal with the buyer's consent
    failure_reason TEXT,
    return_reason TEXT CHECK (return_reason IS NULL OR return_reason IN ('wrong_type', 'wrong_tax_id',
        'name_changed', 'wrong_amount', 'goods_returned')),
    return_note TEXT CHECK (return_note IS NULL OR length(return_note) <= 100),
    return_booked BOOLEAN NOT NULL DEFAULT FALSE,  -- the buyer had deducted/booked the invoice
    return_courier TEXT,
    return_tracking_no TEXT,
    return_requested_at BIGINT,
    decline_reason TEXT,
    red_letter_no TEXT,
    red_letter_deadline_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- One index per column the queue sorts on, each ending in id: a keyset page is then one range
-- read in any sort order (see InvoiceRequestRepository::tableSpec; the expressions must match).
CREATE INDEX invoice_requests_action_due ON invoice_requests (action_due_at, id);
CREATE INDEX invoice_requests_status_due ON invoice_requests (status, action_due_at, id);
CREATE INDEX invoice_requests_status ON invoice_requests (status, id);
CREATE INDEX invoice_requests_applied ON invoice_requests (applied_at, id);
CREATE INDEX invoice_requests_invoiced ON invoice_requests ((COALESCE(invoiced_at, 0)), id);
CREATE INDEX invoice_requests_order_no ON invoice_requests (order_no, id);
CREATE INDEX invoice_requests_customer ON invoice_requests (customer_no, id);
CREATE INDEX invoice_requests_phone ON invoice_requests (contact_phone, id);
CREATE INDEX invoice_requests_invoice_no ON invoice_requests ((COALESCE(invoice_no, '')), id);
CREATE INDEX invoice_requests_amount ON invoice_requests (amount_fen, id);
CREATE INDEX invoice_requests_type ON invoice_requests (invoice_type, id);
CREATE INDEX invoice_requests_vendor ON invoice_requests (vendor_id, status);
CREATE INDEX invoice_requests_order ON invoice_requests (order_id);

-- Orders merged into one invoice (several statements into one; never one statement split).
CREATE TABLE invoice_request_orders (
    invoice_request_id TEXT NOT NULL REFERENCES invoice_requests (id) ON DELETE CASCADE,
    order_id TEXT NOT NULL REFERENCES orders (id),
    amount_fen BIGINT NOT NULL CHECK (amount_fen > 0),
    PRIMARY KEY (invoice_request_id, order_id)
);

CREATE TABLE party_a_details (
    id TEXT PRIMARY KEY,
    buyer_id TEXT NOT NULL REFERENCES buyers (id),
    name TEXT NOT NULL,
    address TEXT NOT NULL,
    contact TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
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
    party_a_id TEXT REFERENCES party_a_details (id),
    customer_signed_at BIGINT,
    effective_at BIGINT,
    paper_copies INTEGER NOT NULL DEFAULT 0 CHECK (paper_copies BETWEEN 0 AND 2),
    paper_address TEXT,
    paper_requested_at BIGINT,
    paper_mailed_at BIGINT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CHECK (kind <> 'order' OR framework_id IS NOT NULL)
);
-- One valid framework contract per buyer account.
CREATE UNIQUE INDEX contracts_one_framework ON contracts (buyer_id, vendor_id)
    WHERE kind = 'framework' AND state IN ('draft', 'signing', 'effective');

-- An order belongs to at most one contract; voiding and deleting a draft releases it.
CREATE TABLE contract_orders (
    contract_id TEXT NOT NULL REFERENCES contracts (id) ON DELETE CASCADE,
    order_id TEXT NOT NULL UNIQUE REFERENCES orders (id),
    PRIMARY KEY (contract_id, order_id)
);

-- Append-only record of every change (SPEC 7).
CREATE TABLE audit_log (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT,
    command_id TEXT NOT NULL,
    command_name TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);

-- Every command applied, so a retried command is recognised and not applied twice.
CREATE TABLE commands_applied (
    command_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    actor TEXT NOT NULL,
    applied_at BIGINT NOT NULL,
    payload TEXT NOT NULL
);

INSERT INTO markets (id, key, name, deposit_fen, sort_order) VALUES
    ('6f1c2a40-0001-4000-8000-000000000001', 'software', '软件市场', 2000000, 1),
    ('6f1c2a40-0001-4000-8000-000000000002', 'service', '服务市场', 2000000, 2),
    ('6f1c2a40-0001-4000-8000-000000000003', 'website_building', '建站市场', 1000000, 3),
    ('6f1c2a40-0001-4000-8000-000000000004', 'enterprise_software', '企业软件', 3000000, 4),
    ('6f1c2a40-0001-4000-8000-000000000005', 'solutions', '解决方案', 3000000, 5),
    ('6f1c2a40-0001-4000-8000-000000000006', 'training', '培训市场', 1000000, 6);

INSERT INTO couriers (id, name, sort_order) VALUES
    ('6f1c2a40-0002-4000-8000-000000000001', '顺丰速运', 1),
    ('6f1c2a40-0002-4000-8000-000000000002', '中国邮政 EMS', 2),
    ('6f1c2a40-0002-4000-8000-000000000003', '京东物流', 3),
    ('6f1c2a40-0002-4000-8000-000000000004', '圆通速递', 4),
    ('6f1c2a40-0002-4000-8000-000000000005', '中通快递', 5),
    ('6f1c2a40-0002-4000-8000-000000000006', '韵达快递', 6);
