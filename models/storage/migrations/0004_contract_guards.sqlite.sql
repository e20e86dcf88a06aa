-- min_compatible: 3
-- The contract rules the database keeps itself, whichever client writes.

CREATE TRIGGER contracts_text_fixed BEFORE UPDATE ON contracts
WHEN OLD.sub_state NOT IN ('filling_in', 'confirming_text', 'confirming_signature')
    AND (NEW.body <> OLD.body OR NEW.kind <> OLD.kind OR NEW.seal <> OLD.seal
        OR NEW.total_fen <> OLD.total_fen OR NEW.party_a_name <> OLD.party_a_name)
BEGIN
    SELECT RAISE(ABORT, 'the text of a contract is fixed once its signature is confirmed');
END;

CREATE TRIGGER contracts_paper_address_fixed BEFORE UPDATE ON contracts
WHEN OLD.paper_requested_at IS NOT NULL
    AND (NEW.paper_copies <> OLD.paper_copies OR NEW.paper_address IS NOT OLD.paper_address
        OR NEW.paper_recipient IS NOT OLD.paper_recipient OR NEW.paper_phone IS NOT OLD.paper_phone
        OR NEW.paper_postcode IS NOT OLD.paper_postcode)
BEGIN
    SELECT RAISE(ABORT, 'paper copies are requested once and their address is fixed');
END;

CREATE TRIGGER contracts_delete_voided_only BEFORE DELETE ON contracts
WHEN OLD.state <> 'voided'
BEGIN
    SELECT RAISE(ABORT, 'only a voided contract can be deleted');
END;

CREATE TRIGGER contract_orders_of_drafts_only BEFORE INSERT ON contract_orders
WHEN (SELECT sub_state FROM contracts WHERE id = NEW.contract_id)
    NOT IN ('filling_in', 'confirming_text', 'confirming_signature')
BEGIN
    SELECT RAISE(ABORT, 'orders are added to a contract only while it is drafted');
END;
