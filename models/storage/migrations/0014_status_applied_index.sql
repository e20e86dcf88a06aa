-- min_compatible: 1
-- The requests of a status tab oldest first (the order a clerk works a queue in) straight from an
-- index: the applied-at index alone holds the tab's requests among all the others, and the oldest
-- requests are mostly issued ones, so every pending request had to be read and sorted (0.6 s for
-- 300,000 of a million). Nothing an older client relies on changes.
CREATE INDEX invoice_requests_status_applied ON invoice_requests (status, applied_at, id);
