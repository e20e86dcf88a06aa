-- min_compatible: 1
-- The Orders page's search box, as the invoice queue's (0002): a pg_trgm GIN index over the very
-- expression PagedQuery builds from the searchExpressions of OrderRepository::tableSpec().
CREATE INDEX orders_search ON orders USING gin (
    (order_no || ' ' || customer_no || ' ' || contact_phone) public.gin_trgm_ops);
