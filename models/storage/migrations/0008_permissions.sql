-- min_compatible: 5
-- Per-operation permissions granted to roles (SPEC 1), the same catalogue on both backends. On a
-- shared PostgreSQL server `--init-server` makes each role a group role and checks these grants
-- in the database itself; the embedded SQLite file is single-user and allows everything.

INSERT INTO permissions (key, description) VALUES
    ('invoice.list', 'List invoice requests'),
    ('invoice.create', 'Enter invoice requests and buyer actions'),
    ('invoice.issue', 'Issue invoices'),
    ('invoice.return', 'Handle returns and refunds of invoice requests'),
    ('invoice.void', 'Void invoices'),
    ('application.create', 'Enter and correct vendor applications'),
    ('application.approve', 'Review, approve and reject applications'),
    ('deposit.record', 'Record deposit payments, deductions and surcharges'),
    ('violation.record', 'Record violations'),
    ('vendor.manage', 'Edit vendors and suspend or restore them'),
    ('vendor.expel', 'Let vendors exit and confirm expulsions'),
    ('refund.request', 'Record buyers'' refund requests'),
    ('refund.approve', 'Approve or decline refunds'),
    ('delivery.work', 'Work service deliveries'),
    ('contract.manage', 'Draft and move contracts'),
    ('settings.edit', 'Edit settings and the holiday calendar'),
    ('catalogue.edit', 'Edit markets, checklists and violation types'),
    ('users.manage', 'Manage users and roles')
ON CONFLICT (key) DO NOTHING;

-- A database that already has roles of these keys keeps them and their ids.
INSERT INTO roles (id, key, name) VALUES
    ('6f1c2a40-0005-4000-8000-000000000001', 'reviewer', '审核员'),
    ('6f1c2a40-0005-4000-8000-000000000002', 'clerk', '开票专员'),
    ('6f1c2a40-0005-4000-8000-000000000003', 'delivery', '交付人员'),
    ('6f1c2a40-0005-4000-8000-000000000004', 'entry', '录入员'),
    ('6f1c2a40-0005-4000-8000-000000000005', 'admin', '管理员')
ON CONFLICT (key) DO NOTHING;

WITH grants (role_key, permission_key) AS (VALUES
    ('reviewer', 'invoice.list'),
    ('reviewer', 'invoice.void'),
    ('reviewer', 'application.create'),
    ('reviewer', 'application.approve'),
    ('reviewer', 'deposit.record'),
    ('reviewer', 'violation.record'),
    ('reviewer', 'vendor.manage'),
    ('reviewer', 'vendor.expel'),
    ('reviewer', 'refund.approve'),
    ('reviewer', 'delivery.work'),
    ('clerk', 'invoice.list'),
    ('clerk', 'invoice.create'),
    ('clerk', 'invoice.issue'),
    ('clerk', 'invoice.return'),
    ('clerk', 'refund.request'),
    ('clerk', 'contract.manage'),
    ('delivery', 'delivery.work'),
    ('delivery', 'refund.request'),
    ('entry', 'invoice.list'),
    ('entry', 'invoice.create'),
    ('entry', 'application.create'),
    ('entry', 'refund.request'),
    ('entry', 'delivery.work'),
    ('admin', 'invoice.list'),
    ('admin', 'invoice.create'),
    ('admin', 'invoice.issue'),
    ('admin', 'invoice.return'),
    ('admin', 'invoice.void'),
    ('admin', 'application.create'),
    ('admin', 'application.approve'),
    ('admin', 'deposit.record'),
    ('admin', 'violation.record'),
    ('admin', 'vendor.manage'),
    ('admin', 'vendor.expel'),
    ('admin', 'refund.request'),
    ('admin', 'refund.approve'),
    ('admin', 'delivery.work'),
    ('admin', 'contract.manage'),
    ('admin', 'settings.edit'),
    ('admin', 'catalogue.edit'),
    ('admin', 'users.manage'))
INSERT INTO role_permissions (role_id, permission_key)
SELECT r.id, g.permission_key FROM grants g JOIN roles r ON r.key = g.role_key WHERE true
ON CONFLICT DO NOTHING;
