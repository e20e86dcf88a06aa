-- min_compatible: 1
-- A month of invoice times in the queue's default order, time left, read every match's time left
-- from its table row: 43,000 rows a month at a million requests, 0.13 s. With the time left in
-- the invoice-time indexes the matches are sorted from the index alone (36 ms). It comes after
-- the id, so the order the indexes give their own column in stays as it was.
DROP INDEX invoice_requests_invoiced;
CREATE INDEX invoice_requests_invoiced ON invoice_requests ((COALESCE(invoiced_at, 0)), id, action_due_at);
DROP INDEX invoice_requests_status_invoiced;
CREATE INDEX invoice_requests_status_invoiced
    ON invoice_requests (status, (COALESCE(invoiced_at, 0)), id, action_due_at);
