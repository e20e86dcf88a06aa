-- min_compatible: 1
-- Only requests that came from the marketplace carry its ID; the imported and typed-in ones (most
-- of a queue) have none. Indexing just the ones that have it spares every other written request an
-- index entry, and the lookups by ID (`marketplace_id = :id`) still read the index. Nothing an
-- older client relies on changes.
DROP INDEX invoice_requests_marketplace;
CREATE UNIQUE INDEX invoice_requests_marketplace ON invoice_requests (marketplace_id)
    WHERE marketplace_id IS NOT NULL;
