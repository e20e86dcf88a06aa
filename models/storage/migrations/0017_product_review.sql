-- min_compatible: 1
-- SPEC 3.1: a product goes on sale only after the reviewer's listing review. The product keeps
-- why it was last rejected and when it was submitted; listing and rejecting are an operation of
-- their own (product.review), entering and changing products another (product.edit). Listed
-- products with no order for three months are found by their orders' product and payment time.
ALTER TABLE products ADD COLUMN reject_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN submitted_at BIGINT;
CREATE INDEX orders_product ON orders (product_id, paid_at);

INSERT INTO permissions (key, description) VALUES
    ('product.edit', 'Enter and change products and submit them for review'),
    ('product.review', 'Review, list, reject and delist products')
ON CONFLICT (key) DO NOTHING;

WITH grants (role_key, permission_key) AS (VALUES
    ('reviewer', 'product.review'),
    ('entry', 'product.edit'),
    ('admin', 'product.edit'),
    ('admin', 'product.review'))
INSERT INTO role_permissions (role_id, permission_key)
SELECT r.id, g.permission_key FROM grants g JOIN roles r ON r.key = g.role_key WHERE true
ON CONFLICT DO NOTHING;
