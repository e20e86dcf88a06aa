-- min_compatible: 1
-- The Orders page's search box, as the invoice queue's (0002): an FTS5 trigram index over order
-- ID, customer ID and phone joined by spaces exactly as PagedQuery joins the searchExpressions of
-- OrderRepository::tableSpec(), read from a view by the order's rowid. A buyer on the phone gives
-- an order number; without the index finding it walks a million orders (~2 s).
CREATE VIEW order_search_text AS
    SELECT rowid AS order_rowid, order_no || ' ' || customer_no || ' ' || contact_phone AS body
    FROM orders;
CREATE VIRTUAL TABLE order_search USING fts5(
    body, content = 'order_search_text', content_rowid = 'order_rowid', tokenize = 'trigram');
INSERT INTO order_search (order_search) VALUES ('rebuild');
CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN
    INSERT INTO order_search (rowid, body)
        VALUES (new.rowid, new.order_no || ' ' || new.customer_no || ' ' || new.contact_phone);
END;
CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN
    INSERT INTO order_search (order_search, rowid, body)
        VALUES ('delete', old.rowid, old.order_no || ' ' || old.customer_no || ' ' || old.contact_phone);
END;
CREATE TRIGGER orders_search_update AFTER UPDATE OF order_no, customer_no, contact_phone ON orders BEGIN
    INSERT INTO order_search (order_search, rowid, body)
        VALUES ('delete', old.rowid, old.order_no || ' ' || old.customer_no || ' ' || old.contact_phone);
    INSERT INTO order_search (rowid, body)
        VALUES (new.rowid, new.order_no || ' ' || new.customer_no || ' ' || new.contact_phone);
END;
