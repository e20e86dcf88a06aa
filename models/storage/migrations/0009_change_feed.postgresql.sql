-- min_compatible: 5
-- Live refresh across clients (issue 6): every statement that adds or changes rows a queue shows
-- notifies the channel marketdesk_changes_<schema> (channels are shared by a whole database, and
-- two MarketDesk schemas in one database must not hear each other) with "entity:id,id,…", or
-- "entity:*" when more than
-- 100 rows changed at once (a notification carries at most 8000 bytes). Statement-level triggers
-- with transition tables, so an import of 100,000 rows sends one notification, not 100,000.

CREATE FUNCTION notify_changes() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed_count integer;
    ids text;
BEGIN
    SELECT count(*), string_agg(id, ',') INTO changed_count, ids FROM (SELECT id FROM changed_rows LIMIT 101) c;
    IF changed_count > 0 THEN
        PERFORM pg_notify('marketdesk_changes_' || TG_TABLE_SCHEMA,
            TG_ARGV[0] || ':' || CASE WHEN changed_count > 100 THEN '*' ELSE ids END);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER invoice_requests_notify_insert AFTER INSERT ON invoice_requests
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('invoice_request');
CREATE TRIGGER invoice_requests_notify_update AFTER UPDATE ON invoice_requests
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('invoice_request');
CREATE TRIGGER vendors_notify_insert AFTER INSERT ON vendors
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('vendor');
CREATE TRIGGER vendors_notify_update AFTER UPDATE ON vendors
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('vendor');
CREATE TRIGGER applications_notify_insert AFTER INSERT ON applications
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('application');
CREATE TRIGGER applications_notify_update AFTER UPDATE ON applications
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('application');
CREATE TRIGGER orders_notify_insert AFTER INSERT ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('order');
CREATE TRIGGER orders_notify_update AFTER UPDATE ON orders
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('order');
CREATE TRIGGER deliveries_notify_insert AFTER INSERT ON deliveries
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('delivery');
CREATE TRIGGER deliveries_notify_update AFTER UPDATE ON deliveries
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('delivery');
CREATE TRIGGER contracts_notify_insert AFTER INSERT ON contracts
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('contract');
CREATE TRIGGER contracts_notify_update AFTER UPDATE ON contracts
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('contract');
