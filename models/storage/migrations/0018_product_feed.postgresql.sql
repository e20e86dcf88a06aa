-- min_compatible: 1
-- Live refresh of the Products page: a product another client enters, submits, lists or delists
-- reaches every open Products page, as the other queues' changes do (0009's notify_changes).

CREATE TRIGGER products_notify_insert AFTER INSERT ON products
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('product');
CREATE TRIGGER products_notify_update AFTER UPDATE ON products
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_changes('product');
