-- min_compatible: 1
-- What keeps the invoice queue instant at a million requests on SQLite.

-- Rows per status, kept by triggers in the same transaction as every change, so the status tabs
-- of an unfiltered queue read 13 rows instead of counting the table (see TableSpec::countsTable).
CREATE TABLE invoice_request_counts (
    status TEXT PRIMARY KEY,
    row_count BIGINT NOT NULL
);
INSERT INTO invoice_request_counts (status, row_count)
    SELECT status, COUNT(*) FROM invoice_requests GROUP BY status;
CREATE TRIGGER invoice_requests_count_insert AFTER INSERT ON invoice_requests BEGIN
    INSERT INTO invoice_request_counts (status, row_count) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET row_count = row_count + 1;
END;
CREATE TRIGGER invoice_requests_count_delete AFTER DELETE ON invoice_requests BEGIN
    UPDATE invoice_request_counts SET row_count = row_count - 1 WHERE status = old.status;
END;
CREATE TRIGGER invoice_requests_count_update AFTER UPDATE OF status ON invoice_requests
    WHEN old.status <> new.status BEGIN
    UPDATE invoice_request_counts SET row_count = row_count - 1 WHERE status = old.status;
    INSERT INTO invoice_request_counts (status, row_count) VALUES (new.status, 1)
        ON CONFLICT (status) DO UPDATE SET row_count = row_count + 1;
END;

-- The search box: an FTS5 trigram index over the text the search looks in, the searched columns
-- joined by spaces exactly as PagedQuery joins TableSpec::searchExpressions. It reads that text
-- from a view (external content: no second copy) by the request's rowid and answers searches of 3
-- or more characters; shorter ones fall back to LIKE. The rowid of a table without an INTEGER
-- PRIMARY KEY may change on VACUUM, which MarketDesk never runs; after a manual VACUUM,
-- INSERT INTO invoice_request_search (invoice_request_search) VALUES ('rebuild') re-reads it.
CREATE VIEW invoice_request_search_text AS
    SELECT rowid AS request_rowid,
        order_no || ' ' || customer_no || ' ' || contact_phone || ' ' || COALESCE(invoice_no, '') || ' '
            || title AS body
    FROM invoice_requests;
CREATE VIRTUAL TABLE invoice_request_search USING fts5(
    body, content = 'invoice_request_search_text', content_rowid = 'request_rowid', tokenize = 'trigram');
INSERT INTO invoice_request_search (invoice_request_search) VALUES ('rebuild');
CREATE TRIGGER invoice_requests_search_insert AFTER INSERT ON invoice_requests BEGIN
    INSERT INTO invoice_request_search (rowid, body)
        VALUES (new.rowid, new.order_no || ' ' || new.customer_no || ' ' || new.contact_phone || ' '
            || COALESCE(new.invoice_no, '') || ' ' || new.title);
END;
CREATE TRIGGER invoice_requests_search_delete AFTER DELETE ON invoice_requests BEGIN
    INSERT INTO invoice_request_search (invoice_request_search, rowid, body)
        VALUES ('delete', old.rowid, old.order_no || ' ' || old.customer_no || ' ' || old.contact_phone
            || ' ' || COALESCE(old.invoice_no, '') || ' ' || old.title);
END;
CREATE TRIGGER invoice_requests_search_update
    AFTER UPDATE OF order_no, customer_no, contact_phone, invoice_no, title ON invoice_requests BEGIN
    INSERT INTO invoice_request_search (invoice_request_search, rowid, body)
        VALUES ('delete', old.rowid, old.order_no || ' ' || old.customer_no || ' ' || old.contact_phone
            || ' ' || COALESCE(old.invoice_no, '') || ' ' || old.title);
    INSERT INTO invoice_request_search (rowid, body)
        VALUES (new.rowid, new.order_no || ' ' || new.customer_no || ' ' || new.contact_phone || ' '
            || COALESCE(new.invoice_no, '') || ' ' || new.title);
END;
