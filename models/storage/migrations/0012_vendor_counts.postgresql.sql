-- min_compatible: 12
-- The kept status counts per vendor, so that on a team server row-level security scopes them like
-- the requests themselves: the tabs of vendor staff add up their own vendor's rows only, and
-- everyone else's add up all of them. A client of version 11 would fold the rows without their
-- vendor, hence min_compatible 12. The single-user SQLite file keeps one count per status.
ALTER TABLE invoice_request_counts ADD COLUMN vendor_id TEXT NOT NULL DEFAULT '';
DELETE FROM invoice_request_counts;
INSERT INTO invoice_request_counts (vendor_id, status, row_count)
    SELECT COALESCE(vendor_id, ''), status, COUNT(*) FROM invoice_requests GROUP BY 1, 2;
DROP INDEX invoice_request_counts_status;
CREATE INDEX invoice_request_counts_vendor ON invoice_request_counts (vendor_id, status);
CREATE OR REPLACE FUNCTION invoice_request_count_changes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO invoice_request_counts (vendor_id, status, row_count)
            SELECT COALESCE(vendor_id, ''), status, COUNT(*) FROM added GROUP BY 1, 2;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO invoice_request_counts (vendor_id, status, row_count)
            SELECT COALESCE(vendor_id, ''), status, -COUNT(*) FROM removed GROUP BY 1, 2;
    ELSE
        INSERT INTO invoice_request_counts (vendor_id, status, row_count)
            SELECT vendor, status, SUM(change) FROM (
                SELECT COALESCE(vendor_id, '') AS vendor, status, 1 AS change FROM added
                UNION ALL SELECT COALESCE(vendor_id, ''), status, -1 FROM removed) AS changes
            GROUP BY vendor, status HAVING SUM(change) <> 0;
    END IF;
    RETURN NULL;
END $$;
