-- Installed by `marketdesk --init-server`, run by the owner of the database's tables, after the
-- migrations: the database becomes the security boundary of a team server (issue 6). {s} is the
-- schema, {p} the prefix of the group roles ("marketdesk_" for the database marketdesk).
-- Re-running it replaces the functions and policies.

-- The vendor the connected MarketDesk user belongs to; NULL for marketplace staff and the owner.
CREATE OR REPLACE FUNCTION {s}.md_vendor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT u.vendor_id FROM {s}.users u WHERE u.login = current_user
$$;

-- Whether `who` holds `permission` through one of its MarketDesk roles.
CREATE OR REPLACE FUNCTION {s}.md_can_as(who name, permission text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM {s}.role_permissions rp JOIN {s}.roles r ON r.id = rp.role_id
        JOIN pg_roles g ON g.rolname = '{p}' || r.key
        WHERE rp.permission_key = permission AND pg_has_role(who, g.oid, 'MEMBER'))
$$;

-- Whether the connected user holds `permission`.
CREATE OR REPLACE FUNCTION {s}.md_can(permission text) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT {s}.md_can_as(current_user, permission)
$$;

-- Creating roles needs CREATEROLE, which in PostgreSQL 15 would let an administrator grant
-- itself any role on the server. The owner (who has it) lends it through these two functions,
-- to callers with users.manage only, for roles of this database's prefix only. Inside them
-- current_user is the owner, so the caller is session_user.
CREATE OR REPLACE FUNCTION {s}.md_create_group(role_key text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT {s}.md_can_as(session_user, 'users.manage') THEN
        RAISE EXCEPTION 'permission denied: creating a role needs users.manage' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF role_key !~ '^[a-z][a-z0-9_]{0,23}$' OR NOT EXISTS (SELECT 1 FROM {s}.roles WHERE key = role_key) THEN
        RAISE EXCEPTION 'there is no MarketDesk role %', role_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{p}' || role_key) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', '{p}' || role_key);
    END IF;
    EXECUTE format('GRANT %I TO %I', '{p}user', '{p}' || role_key);
END;
$$;

CREATE OR REPLACE FUNCTION {s}.md_create_login(login text, password text, role_key text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT {s}.md_can_as(session_user, 'users.manage') THEN
        RAISE EXCEPTION 'permission denied: adding a user needs users.manage' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login !~ '^[a-z_][a-z0-9_]{0,47}$' THEN
        RAISE EXCEPTION 'invalid user name %', login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM {s}.roles WHERE key = role_key)
        OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{p}' || role_key) THEN
        RAISE EXCEPTION 'there is no MarketDesk role %', role_key USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
    EXECUTE format('GRANT %I TO %I', '{p}' || role_key, login);
END;
$$;

-- The status moves that are operations of their own.
CREATE OR REPLACE FUNCTION {s}.md_guard_moves() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    needed text;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.status IS NOT DISTINCT FROM OLD.status THEN
        RETURN NEW;
    END IF;
    needed := CASE
        WHEN TG_TABLE_NAME = 'invoice_requests' AND NEW.status IN ('issued', 'mailing') THEN 'invoice.issue'
        WHEN TG_TABLE_NAME = 'invoice_requests' AND NEW.status = 'voided' THEN 'invoice.void'
        WHEN TG_TABLE_NAME = 'applications' AND NEW.status IN ('under_review', 'approved', 'rejected') THEN 'application.approve'
        WHEN TG_TABLE_NAME = 'vendors' AND NEW.status IN ('exited', 'expelled') THEN 'vendor.expel'
        WHEN TG_TABLE_NAME = 'refunds' AND NEW.status IN ('approved', 'declined') THEN 'refund.approve'
        WHEN TG_TABLE_NAME = 'products' AND NEW.status IN ('listed', 'rejected') THEN 'product.review'
    END;
    IF needed IS NOT NULL AND NOT {s}.md_can(needed) THEN
        RAISE EXCEPTION 'permission denied: % needs the permission %', TG_TABLE_NAME, needed
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

CREATE OR REPLACE FUNCTION {s}.md_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log can be appended to, never changed' USING ERRCODE = 'insufficient_privilege';
END;
$$;
DROP TRIGGER IF EXISTS md_append_only ON {s}.audit_log;
CREATE TRIGGER md_append_only BEFORE UPDATE OR DELETE ON {s}.audit_log
    FOR EACH ROW EXECUTE FUNCTION {s}.md_append_only();
DROP TRIGGER IF EXISTS md_append_only_truncate ON {s}.audit_log;
CREATE TRIGGER md_append_only_truncate BEFORE TRUNCATE ON {s}.audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION {s}.md_append_only();

REVOKE ALL ON ALL TABLES IN SCHEMA {s} FROM PUBLIC;
REVOKE ALL ON SCHEMA {s} FROM PUBLIC;
GRANT USAGE ON SCHEMA {s} TO {p}user;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA {s} TO {p}user;
REVOKE INSERT, UPDATE ON {s}.schema_version FROM {p}user;
REVOKE UPDATE ON {s}.audit_log, {s}.commands_applied FROM {p}user;
GRANT DELETE ON {s}.edit_presence, {s}.application_markets, {s}.application_checks, {s}.contract_orders, {s}.contracts, {s}.holiday_years, {s}.holidays, {s}.invoice_request_counts TO {p}user;
GRANT DELETE ON {s}.role_permissions TO {p}user;
REVOKE ALL ON FUNCTION {s}.md_create_group(text), {s}.md_create_login(text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION {s}.md_vendor(), {s}.md_can(text), {s}.md_can_as(name, text),
    {s}.md_create_group(text), {s}.md_create_login(text, text, text) TO {p}user;


DROP TRIGGER IF EXISTS md_guard_moves ON {s}.invoice_requests;
CREATE TRIGGER md_guard_moves BEFORE UPDATE OF status ON {s}.invoice_requests
    FOR EACH ROW EXECUTE FUNCTION {s}.md_guard_moves();

DROP TRIGGER IF EXISTS md_guard_moves ON {s}.applications;
CREATE TRIGGER md_guard_moves BEFORE UPDATE OF status ON {s}.applications
    FOR EACH ROW EXECUTE FUNCTION {s}.md_guard_moves();

DROP TRIGGER IF EXISTS md_guard_moves ON {s}.vendors;
CREATE TRIGGER md_guard_moves BEFORE UPDATE OF status ON {s}.vendors
    FOR EACH ROW EXECUTE FUNCTION {s}.md_guard_moves();

DROP TRIGGER IF EXISTS md_guard_moves ON {s}.refunds;
CREATE TRIGGER md_guard_moves BEFORE UPDATE OF status ON {s}.refunds
    FOR EACH ROW EXECUTE FUNCTION {s}.md_guard_moves();

-- A product can be written listed from the start: inserts are guarded too.
DROP TRIGGER IF EXISTS md_guard_moves ON {s}.products;
CREATE TRIGGER md_guard_moves BEFORE INSERT OR UPDATE OF status ON {s}.products
    FOR EACH ROW EXECUTE FUNCTION {s}.md_guard_moves();

-- Vendor staff see and change only their own vendor's rows; every write needs its permission.

ALTER TABLE {s}.vendors ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.vendors FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.vendors;
DROP POLICY IF EXISTS md_insert ON {s}.vendors;
DROP POLICY IF EXISTS md_update ON {s}.vendors;
DROP POLICY IF EXISTS md_delete ON {s}.vendors;
CREATE POLICY md_read ON {s}.vendors FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.vendors FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('deposit.record'))));
CREATE POLICY md_update ON {s}.vendors FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('deposit.record'))));
CREATE POLICY md_delete ON {s}.vendors FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('deposit.record'))));

ALTER TABLE {s}.vendor_markets ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.vendor_markets FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.vendor_markets;
DROP POLICY IF EXISTS md_insert ON {s}.vendor_markets;
DROP POLICY IF EXISTS md_update ON {s}.vendor_markets;
DROP POLICY IF EXISTS md_delete ON {s}.vendor_markets;
CREATE POLICY md_read ON {s}.vendor_markets FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.vendor_markets FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage'))));
CREATE POLICY md_update ON {s}.vendor_markets FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage'))));
CREATE POLICY md_delete ON {s}.vendor_markets FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.approve')) OR (SELECT {s}.md_can('vendor.manage'))));

ALTER TABLE {s}.applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.applications FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.applications;
DROP POLICY IF EXISTS md_insert ON {s}.applications;
DROP POLICY IF EXISTS md_update ON {s}.applications;
DROP POLICY IF EXISTS md_delete ON {s}.applications;
CREATE POLICY md_read ON {s}.applications FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.applications FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_update ON {s}.applications FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_delete ON {s}.applications FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));

ALTER TABLE {s}.application_markets ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.application_markets FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.application_markets;
DROP POLICY IF EXISTS md_insert ON {s}.application_markets;
DROP POLICY IF EXISTS md_update ON {s}.application_markets;
DROP POLICY IF EXISTS md_delete ON {s}.application_markets;
CREATE POLICY md_read ON {s}.application_markets FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a));
CREATE POLICY md_insert ON {s}.application_markets FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_update ON {s}.application_markets FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_delete ON {s}.application_markets FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.create')) OR (SELECT {s}.md_can('application.approve'))));

ALTER TABLE {s}.application_checks ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.application_checks FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.application_checks;
DROP POLICY IF EXISTS md_insert ON {s}.application_checks;
DROP POLICY IF EXISTS md_update ON {s}.application_checks;
DROP POLICY IF EXISTS md_delete ON {s}.application_checks;
CREATE POLICY md_read ON {s}.application_checks FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a));
CREATE POLICY md_insert ON {s}.application_checks FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_update ON {s}.application_checks FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.approve'))));
CREATE POLICY md_delete ON {s}.application_checks FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR application_id IN (SELECT a.id FROM {s}.applications a)) AND ((SELECT {s}.md_can('application.approve'))));

ALTER TABLE {s}.deposit_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.deposit_entries FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.deposit_entries;
DROP POLICY IF EXISTS md_insert ON {s}.deposit_entries;
DROP POLICY IF EXISTS md_update ON {s}.deposit_entries;
DROP POLICY IF EXISTS md_delete ON {s}.deposit_entries;
CREATE POLICY md_read ON {s}.deposit_entries FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.deposit_entries FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record')) OR (SELECT {s}.md_can('vendor.expel'))));
CREATE POLICY md_update ON {s}.deposit_entries FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record')) OR (SELECT {s}.md_can('vendor.expel'))));
CREATE POLICY md_delete ON {s}.deposit_entries FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record')) OR (SELECT {s}.md_can('vendor.expel'))));

ALTER TABLE {s}.deposit_surcharges ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.deposit_surcharges FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.deposit_surcharges;
DROP POLICY IF EXISTS md_insert ON {s}.deposit_surcharges;
DROP POLICY IF EXISTS md_update ON {s}.deposit_surcharges;
DROP POLICY IF EXISTS md_delete ON {s}.deposit_surcharges;
CREATE POLICY md_read ON {s}.deposit_surcharges FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.deposit_surcharges FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record'))));
CREATE POLICY md_update ON {s}.deposit_surcharges FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record'))));
CREATE POLICY md_delete ON {s}.deposit_surcharges FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('deposit.record'))));

ALTER TABLE {s}.violations ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.violations FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.violations;
DROP POLICY IF EXISTS md_insert ON {s}.violations;
DROP POLICY IF EXISTS md_update ON {s}.violations;
DROP POLICY IF EXISTS md_delete ON {s}.violations;
CREATE POLICY md_read ON {s}.violations FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.violations FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('violation.record'))));
CREATE POLICY md_update ON {s}.violations FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('violation.record'))));
CREATE POLICY md_delete ON {s}.violations FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('violation.record'))));

ALTER TABLE {s}.vendor_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.vendor_changes FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.vendor_changes;
DROP POLICY IF EXISTS md_insert ON {s}.vendor_changes;
DROP POLICY IF EXISTS md_update ON {s}.vendor_changes;
DROP POLICY IF EXISTS md_delete ON {s}.vendor_changes;
CREATE POLICY md_read ON {s}.vendor_changes FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.vendor_changes FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage'))));
CREATE POLICY md_update ON {s}.vendor_changes FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage'))));
CREATE POLICY md_delete ON {s}.vendor_changes FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage'))));

ALTER TABLE {s}.products ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.products FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.products;
DROP POLICY IF EXISTS md_insert ON {s}.products;
DROP POLICY IF EXISTS md_update ON {s}.products;
DROP POLICY IF EXISTS md_delete ON {s}.products;
CREATE POLICY md_read ON {s}.products FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.products FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('product.edit')) OR (SELECT {s}.md_can('product.review'))));
CREATE POLICY md_update ON {s}.products FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('product.edit')) OR (SELECT {s}.md_can('product.review'))));
CREATE POLICY md_delete ON {s}.products FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('vendor.manage')) OR (SELECT {s}.md_can('vendor.expel')) OR (SELECT {s}.md_can('product.edit')) OR (SELECT {s}.md_can('product.review'))));

ALTER TABLE {s}.product_checks ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.product_checks FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.product_checks;
DROP POLICY IF EXISTS md_insert ON {s}.product_checks;
DROP POLICY IF EXISTS md_update ON {s}.product_checks;
DROP POLICY IF EXISTS md_delete ON {s}.product_checks;
CREATE POLICY md_read ON {s}.product_checks FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR product_id IN (SELECT p.id FROM {s}.products p));
CREATE POLICY md_insert ON {s}.product_checks FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR product_id IN (SELECT p.id FROM {s}.products p)) AND ((SELECT {s}.md_can('product.review'))));
CREATE POLICY md_update ON {s}.product_checks FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR product_id IN (SELECT p.id FROM {s}.products p)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR product_id IN (SELECT p.id FROM {s}.products p)) AND ((SELECT {s}.md_can('product.review'))));
CREATE POLICY md_delete ON {s}.product_checks FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR product_id IN (SELECT p.id FROM {s}.products p)) AND ((SELECT {s}.md_can('product.review'))));

ALTER TABLE {s}.orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.orders FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.orders;
DROP POLICY IF EXISTS md_insert ON {s}.orders;
DROP POLICY IF EXISTS md_update ON {s}.orders;
DROP POLICY IF EXISTS md_delete ON {s}.orders;
CREATE POLICY md_read ON {s}.orders FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.orders FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve')) OR (SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('delivery.work'))));
CREATE POLICY md_update ON {s}.orders FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve')) OR (SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('delivery.work'))));
CREATE POLICY md_delete ON {s}.orders FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve')) OR (SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('delivery.work'))));

ALTER TABLE {s}.refunds ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.refunds FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.refunds;
DROP POLICY IF EXISTS md_insert ON {s}.refunds;
DROP POLICY IF EXISTS md_update ON {s}.refunds;
DROP POLICY IF EXISTS md_delete ON {s}.refunds;
CREATE POLICY md_read ON {s}.refunds FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR order_id IN (SELECT o.id FROM {s}.orders o));
CREATE POLICY md_insert ON {s}.refunds FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR order_id IN (SELECT o.id FROM {s}.orders o)) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_update ON {s}.refunds FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR order_id IN (SELECT o.id FROM {s}.orders o)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR order_id IN (SELECT o.id FROM {s}.orders o)) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_delete ON {s}.refunds FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR order_id IN (SELECT o.id FROM {s}.orders o)) AND ((SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));

ALTER TABLE {s}.deliveries ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.deliveries FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.deliveries;
DROP POLICY IF EXISTS md_insert ON {s}.deliveries;
DROP POLICY IF EXISTS md_update ON {s}.deliveries;
DROP POLICY IF EXISTS md_delete ON {s}.deliveries;
CREATE POLICY md_read ON {s}.deliveries FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.deliveries FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_update ON {s}.deliveries FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_delete ON {s}.deliveries FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));

ALTER TABLE {s}.delivery_steps ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.delivery_steps FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.delivery_steps;
DROP POLICY IF EXISTS md_insert ON {s}.delivery_steps;
DROP POLICY IF EXISTS md_update ON {s}.delivery_steps;
DROP POLICY IF EXISTS md_delete ON {s}.delivery_steps;
CREATE POLICY md_read ON {s}.delivery_steps FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR delivery_id IN (SELECT d.id FROM {s}.deliveries d));
CREATE POLICY md_insert ON {s}.delivery_steps FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR delivery_id IN (SELECT d.id FROM {s}.deliveries d)) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_update ON {s}.delivery_steps FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR delivery_id IN (SELECT d.id FROM {s}.deliveries d)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR delivery_id IN (SELECT d.id FROM {s}.deliveries d)) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));
CREATE POLICY md_delete ON {s}.delivery_steps FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR delivery_id IN (SELECT d.id FROM {s}.deliveries d)) AND ((SELECT {s}.md_can('delivery.work')) OR (SELECT {s}.md_can('refund.request')) OR (SELECT {s}.md_can('refund.approve'))));

ALTER TABLE {s}.invoice_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.invoice_requests FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.invoice_requests;
DROP POLICY IF EXISTS md_insert ON {s}.invoice_requests;
DROP POLICY IF EXISTS md_update ON {s}.invoice_requests;
DROP POLICY IF EXISTS md_delete ON {s}.invoice_requests;
CREATE POLICY md_read ON {s}.invoice_requests FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.invoice_requests FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.return')) OR (SELECT {s}.md_can('invoice.void'))));
CREATE POLICY md_update ON {s}.invoice_requests FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.return')) OR (SELECT {s}.md_can('invoice.void'))));
CREATE POLICY md_delete ON {s}.invoice_requests FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.return')) OR (SELECT {s}.md_can('invoice.void'))));

ALTER TABLE {s}.invoice_request_orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.invoice_request_orders FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.invoice_request_orders;
DROP POLICY IF EXISTS md_insert ON {s}.invoice_request_orders;
DROP POLICY IF EXISTS md_update ON {s}.invoice_request_orders;
DROP POLICY IF EXISTS md_delete ON {s}.invoice_request_orders;
CREATE POLICY md_read ON {s}.invoice_request_orders FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r));
CREATE POLICY md_insert ON {s}.invoice_request_orders FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_update ON {s}.invoice_request_orders FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_delete ON {s}.invoice_request_orders FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));

ALTER TABLE {s}.marketplace_outbox ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.marketplace_outbox FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.marketplace_outbox;
DROP POLICY IF EXISTS md_insert ON {s}.marketplace_outbox;
DROP POLICY IF EXISTS md_update ON {s}.marketplace_outbox;
DROP POLICY IF EXISTS md_delete ON {s}.marketplace_outbox;
CREATE POLICY md_read ON {s}.marketplace_outbox FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r));
CREATE POLICY md_insert ON {s}.marketplace_outbox FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.void')) OR (SELECT {s}.md_can('invoice.create'))));
CREATE POLICY md_update ON {s}.marketplace_outbox FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.void')) OR (SELECT {s}.md_can('invoice.create'))));
CREATE POLICY md_delete ON {s}.marketplace_outbox FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR invoice_request_id IN (SELECT r.id FROM {s}.invoice_requests r)) AND ((SELECT {s}.md_can('invoice.issue')) OR (SELECT {s}.md_can('invoice.void')) OR (SELECT {s}.md_can('invoice.create'))));

ALTER TABLE {s}.contracts ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.contracts FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.contracts;
DROP POLICY IF EXISTS md_insert ON {s}.contracts;
DROP POLICY IF EXISTS md_update ON {s}.contracts;
DROP POLICY IF EXISTS md_delete ON {s}.contracts;
CREATE POLICY md_read ON {s}.contracts FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.contracts FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_update ON {s}.contracts FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_delete ON {s}.contracts FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor())) AND ((SELECT {s}.md_can('contract.manage'))));

ALTER TABLE {s}.contract_orders ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.contract_orders FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.contract_orders;
DROP POLICY IF EXISTS md_insert ON {s}.contract_orders;
DROP POLICY IF EXISTS md_update ON {s}.contract_orders;
DROP POLICY IF EXISTS md_delete ON {s}.contract_orders;
CREATE POLICY md_read ON {s}.contract_orders FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR contract_id IN (SELECT c.id FROM {s}.contracts c));
CREATE POLICY md_insert ON {s}.contract_orders FOR INSERT WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR contract_id IN (SELECT c.id FROM {s}.contracts c)) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_update ON {s}.contract_orders FOR UPDATE USING ((SELECT {s}.md_vendor()) IS NULL OR contract_id IN (SELECT c.id FROM {s}.contracts c)) WITH CHECK (((SELECT {s}.md_vendor()) IS NULL OR contract_id IN (SELECT c.id FROM {s}.contracts c)) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_delete ON {s}.contract_orders FOR DELETE USING (((SELECT {s}.md_vendor()) IS NULL OR contract_id IN (SELECT c.id FROM {s}.contracts c)) AND ((SELECT {s}.md_can('contract.manage'))));

-- Shared catalogues: everyone reads them, the permission holder writes them.

ALTER TABLE {s}.markets ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.markets FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.markets;
DROP POLICY IF EXISTS md_insert ON {s}.markets;
DROP POLICY IF EXISTS md_update ON {s}.markets;
DROP POLICY IF EXISTS md_delete ON {s}.markets;
CREATE POLICY md_read ON {s}.markets FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.markets FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_update ON {s}.markets FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_delete ON {s}.markets FOR DELETE USING ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));

ALTER TABLE {s}.market_conditions ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.market_conditions FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.market_conditions;
DROP POLICY IF EXISTS md_insert ON {s}.market_conditions;
DROP POLICY IF EXISTS md_update ON {s}.market_conditions;
DROP POLICY IF EXISTS md_delete ON {s}.market_conditions;
CREATE POLICY md_read ON {s}.market_conditions FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.market_conditions FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_update ON {s}.market_conditions FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_delete ON {s}.market_conditions FOR DELETE USING ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));

ALTER TABLE {s}.violation_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.violation_types FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.violation_types;
DROP POLICY IF EXISTS md_insert ON {s}.violation_types;
DROP POLICY IF EXISTS md_update ON {s}.violation_types;
DROP POLICY IF EXISTS md_delete ON {s}.violation_types;
CREATE POLICY md_read ON {s}.violation_types FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.violation_types FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_update ON {s}.violation_types FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_delete ON {s}.violation_types FOR DELETE USING ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));

ALTER TABLE {s}.couriers ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.couriers FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.couriers;
DROP POLICY IF EXISTS md_insert ON {s}.couriers;
DROP POLICY IF EXISTS md_update ON {s}.couriers;
DROP POLICY IF EXISTS md_delete ON {s}.couriers;
CREATE POLICY md_read ON {s}.couriers FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.couriers FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_update ON {s}.couriers FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));
CREATE POLICY md_delete ON {s}.couriers FOR DELETE USING ((true) AND ((SELECT {s}.md_can('catalogue.edit'))));

ALTER TABLE {s}.settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.settings FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.settings;
DROP POLICY IF EXISTS md_insert ON {s}.settings;
DROP POLICY IF EXISTS md_update ON {s}.settings;
DROP POLICY IF EXISTS md_delete ON {s}.settings;
CREATE POLICY md_read ON {s}.settings FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.settings FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_update ON {s}.settings FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_delete ON {s}.settings FOR DELETE USING ((true) AND ((SELECT {s}.md_can('settings.edit'))));

ALTER TABLE {s}.holidays ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.holidays FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.holidays;
DROP POLICY IF EXISTS md_insert ON {s}.holidays;
DROP POLICY IF EXISTS md_update ON {s}.holidays;
DROP POLICY IF EXISTS md_delete ON {s}.holidays;
CREATE POLICY md_read ON {s}.holidays FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.holidays FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_update ON {s}.holidays FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_delete ON {s}.holidays FOR DELETE USING ((true) AND ((SELECT {s}.md_can('settings.edit'))));

ALTER TABLE {s}.holiday_years ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.holiday_years FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.holiday_years;
DROP POLICY IF EXISTS md_insert ON {s}.holiday_years;
DROP POLICY IF EXISTS md_update ON {s}.holiday_years;
DROP POLICY IF EXISTS md_delete ON {s}.holiday_years;
CREATE POLICY md_read ON {s}.holiday_years FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.holiday_years FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_update ON {s}.holiday_years FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('settings.edit'))));
CREATE POLICY md_delete ON {s}.holiday_years FOR DELETE USING ((true) AND ((SELECT {s}.md_can('settings.edit'))));

ALTER TABLE {s}.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.users FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.users;
DROP POLICY IF EXISTS md_insert ON {s}.users;
DROP POLICY IF EXISTS md_update ON {s}.users;
DROP POLICY IF EXISTS md_delete ON {s}.users;
CREATE POLICY md_read ON {s}.users FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.users FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_update ON {s}.users FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_delete ON {s}.users FOR DELETE USING ((true) AND ((SELECT {s}.md_can('users.manage'))));

-- The kept status counts: vendor staff add up (and fold) their own vendor's rows only.
ALTER TABLE {s}.invoice_request_counts ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.invoice_request_counts FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.invoice_request_counts;
DROP POLICY IF EXISTS md_insert ON {s}.invoice_request_counts;
DROP POLICY IF EXISTS md_delete ON {s}.invoice_request_counts;
CREATE POLICY md_read ON {s}.invoice_request_counts FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_insert ON {s}.invoice_request_counts FOR INSERT WITH CHECK ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));
CREATE POLICY md_delete ON {s}.invoice_request_counts FOR DELETE USING ((SELECT {s}.md_vendor()) IS NULL OR vendor_id = (SELECT {s}.md_vendor()));

ALTER TABLE {s}.roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.roles FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.roles;
DROP POLICY IF EXISTS md_insert ON {s}.roles;
DROP POLICY IF EXISTS md_update ON {s}.roles;
DROP POLICY IF EXISTS md_delete ON {s}.roles;
CREATE POLICY md_read ON {s}.roles FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.roles FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_update ON {s}.roles FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_delete ON {s}.roles FOR DELETE USING ((true) AND ((SELECT {s}.md_can('users.manage'))));

ALTER TABLE {s}.permissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.permissions FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.permissions;
DROP POLICY IF EXISTS md_insert ON {s}.permissions;
DROP POLICY IF EXISTS md_update ON {s}.permissions;
DROP POLICY IF EXISTS md_delete ON {s}.permissions;
CREATE POLICY md_read ON {s}.permissions FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.permissions FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_update ON {s}.permissions FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_delete ON {s}.permissions FOR DELETE USING ((true) AND ((SELECT {s}.md_can('users.manage'))));

ALTER TABLE {s}.role_permissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.role_permissions FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.role_permissions;
DROP POLICY IF EXISTS md_insert ON {s}.role_permissions;
DROP POLICY IF EXISTS md_update ON {s}.role_permissions;
DROP POLICY IF EXISTS md_delete ON {s}.role_permissions;
CREATE POLICY md_read ON {s}.role_permissions FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.role_permissions FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_update ON {s}.role_permissions FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_delete ON {s}.role_permissions FOR DELETE USING ((true) AND ((SELECT {s}.md_can('users.manage'))));

ALTER TABLE {s}.user_roles ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.user_roles FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.user_roles;
DROP POLICY IF EXISTS md_insert ON {s}.user_roles;
DROP POLICY IF EXISTS md_update ON {s}.user_roles;
DROP POLICY IF EXISTS md_delete ON {s}.user_roles;
CREATE POLICY md_read ON {s}.user_roles FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.user_roles FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_update ON {s}.user_roles FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('users.manage'))));
CREATE POLICY md_delete ON {s}.user_roles FOR DELETE USING ((true) AND ((SELECT {s}.md_can('users.manage'))));

ALTER TABLE {s}.buyers ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.buyers FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.buyers;
DROP POLICY IF EXISTS md_insert ON {s}.buyers;
DROP POLICY IF EXISTS md_update ON {s}.buyers;
DROP POLICY IF EXISTS md_delete ON {s}.buyers;
CREATE POLICY md_read ON {s}.buyers FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.buyers FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_update ON {s}.buyers FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_delete ON {s}.buyers FOR DELETE USING ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));

ALTER TABLE {s}.invoice_titles ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.invoice_titles FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.invoice_titles;
DROP POLICY IF EXISTS md_insert ON {s}.invoice_titles;
DROP POLICY IF EXISTS md_update ON {s}.invoice_titles;
DROP POLICY IF EXISTS md_delete ON {s}.invoice_titles;
CREATE POLICY md_read ON {s}.invoice_titles FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.invoice_titles FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_update ON {s}.invoice_titles FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_delete ON {s}.invoice_titles FOR DELETE USING ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));

ALTER TABLE {s}.mailing_addresses ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.mailing_addresses FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.mailing_addresses;
DROP POLICY IF EXISTS md_insert ON {s}.mailing_addresses;
DROP POLICY IF EXISTS md_update ON {s}.mailing_addresses;
DROP POLICY IF EXISTS md_delete ON {s}.mailing_addresses;
CREATE POLICY md_read ON {s}.mailing_addresses FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.mailing_addresses FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_update ON {s}.mailing_addresses FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_delete ON {s}.mailing_addresses FOR DELETE USING ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));

ALTER TABLE {s}.party_a_details ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.party_a_details FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.party_a_details;
DROP POLICY IF EXISTS md_insert ON {s}.party_a_details;
DROP POLICY IF EXISTS md_update ON {s}.party_a_details;
DROP POLICY IF EXISTS md_delete ON {s}.party_a_details;
CREATE POLICY md_read ON {s}.party_a_details FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.party_a_details FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_update ON {s}.party_a_details FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('contract.manage'))));
CREATE POLICY md_delete ON {s}.party_a_details FOR DELETE USING ((true) AND ((SELECT {s}.md_can('contract.manage'))));

ALTER TABLE {s}.marketplace_sync ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.marketplace_sync FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.marketplace_sync;
DROP POLICY IF EXISTS md_insert ON {s}.marketplace_sync;
DROP POLICY IF EXISTS md_update ON {s}.marketplace_sync;
DROP POLICY IF EXISTS md_delete ON {s}.marketplace_sync;
CREATE POLICY md_read ON {s}.marketplace_sync FOR SELECT USING (true);
CREATE POLICY md_insert ON {s}.marketplace_sync FOR INSERT WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_update ON {s}.marketplace_sync FOR UPDATE USING (true) WITH CHECK ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));
CREATE POLICY md_delete ON {s}.marketplace_sync FOR DELETE USING ((true) AND ((SELECT {s}.md_can('invoice.create')) OR (SELECT {s}.md_can('invoice.issue'))));

-- The audit log: appended to by everyone, read by marketplace staff in full and by vendor staff
-- for what their own vendor's users did.
ALTER TABLE {s}.audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE {s}.audit_log FORCE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS md_read ON {s}.audit_log;
DROP POLICY IF EXISTS md_insert ON {s}.audit_log;
CREATE POLICY md_read ON {s}.audit_log FOR SELECT USING ((SELECT {s}.md_vendor()) IS NULL
    OR actor IN (SELECT u.login FROM {s}.users u WHERE u.vendor_id = (SELECT {s}.md_vendor())));
CREATE POLICY md_insert ON {s}.audit_log FOR INSERT WITH CHECK (true);
-- Rows an UPDATE or DELETE would touch stay visible to it, so that the append-only trigger
-- refuses the statement loudly (also for the owner) instead of it silently touching nothing.
DROP POLICY IF EXISTS md_update ON {s}.audit_log;
DROP POLICY IF EXISTS md_delete ON {s}.audit_log;
CREATE POLICY md_update ON {s}.audit_log FOR UPDATE USING (true);
CREATE POLICY md_delete ON {s}.audit_log FOR DELETE USING (true);
