-- min_compatible: 1
-- What keeps the invoice queue instant at a million requests on PostgreSQL.

-- Rows per status as a ledger of changes: statement-level triggers append one row per status a
-- statement changed, so concurrent writers never wait on a shared counter row; the status tabs of
-- an unfiltered queue add up these rows instead of counting the table (see TableSpec::countsTable),
-- and CompactCounts folds them together now and then.
CREATE TABLE invoice_request_counts (
    status TEXT NOT NULL,
    row_count BIGINT NOT NULL
);
CREATE INDEX invoice_request_counts_status ON invoice_request_counts (status);
INSERT INTO invoice_request_counts (status, row_count)
    SELECT status, COUNT(*) FROM invoice_requests GROUP BY status;
CREATE FUNCTION invoice_request_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO invoice_request_counts (status, row_count)
            SELECT status, COUNT(*) FROM added GROUP BY status;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO invoice_request_counts (status, row_count)
            SELECT status, -COUNT(*) FROM removed GROUP BY status;
    ELSE
        INSERT INTO invoice_request_counts (status, row_count)
            SELECT status, SUM(change) FROM (
                SELECT status, 1 AS change FROM added
                UNION ALL SELECT status, -1 FROM removed) AS changes
            GROUP BY status HAVING SUM(change) <> 0;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER invoice_requests_count_insert AFTER INSERT ON invoice_requests
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION invoice_request_count_changes();
CREATE TRIGGER invoice_requests_count_delete AFTER DELETE ON invoice_requests
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION invoice_request_count_changes();
CREATE TRIGGER invoice_requests_count_update AFTER UPDATE ON invoice_requests
    REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION invoice_request_count_changes();

-- The search box: a pg_trgm GIN index over the text the search looks in, the very expression
-- PagedQuery builds from TableSpec::searchExpressions, so ILIKE '%text%' of 3 or more characters
-- reads the index. The extension lives in public (tests put each database in a schema of its own
-- and drop it afterwards).
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX invoice_requests_search ON invoice_requests USING gin (
    (order_no || ' ' || customer_no || ' ' || contact_phone || ' ' || COALESCE(invoice_no, '') || ' '
        || title) public.gin_trgm_ops);
