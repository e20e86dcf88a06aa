-- min_compatible: 3
-- The contract rules the database keeps itself, whichever client writes.

CREATE FUNCTION contract_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.state <> 'voided' THEN
            RAISE EXCEPTION 'only a voided contract can be deleted';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.sub_state NOT IN ('filling_in', 'confirming_text', 'confirming_signature')
        AND (NEW.body <> OLD.body OR NEW.kind <> OLD.kind OR NEW.seal <> OLD.seal
            OR NEW.total_fen <> OLD.total_fen OR NEW.party_a_name <> OLD.party_a_name) THEN
        RAISE EXCEPTION 'the text of a contract is fixed once its signature is confirmed';
    END IF;
    IF OLD.paper_requested_at IS NOT NULL
        AND (NEW.paper_copies <> OLD.paper_copies
            OR NEW.paper_address IS DISTINCT FROM OLD.paper_address
            OR NEW.paper_recipient IS DISTINCT FROM OLD.paper_recipient
            OR NEW.paper_phone IS DISTINCT FROM OLD.paper_phone
            OR NEW.paper_postcode IS DISTINCT FROM OLD.paper_postcode) THEN
        RAISE EXCEPTION 'paper copies are requested once and their address is fixed';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER contracts_guard BEFORE UPDATE OR DELETE ON contracts
    FOR EACH ROW EXECUTE FUNCTION contract_guard();

CREATE FUNCTION contract_orders_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sub_state FROM contracts WHERE id = NEW.contract_id)
        NOT IN ('filling_in', 'confirming_text', 'confirming_signature') THEN
        RAISE EXCEPTION 'orders are added to a contract only while it is drafted';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER contract_orders_of_drafts_only BEFORE INSERT ON contract_orders
    FOR EACH ROW EXECUTE FUNCTION contract_orders_guard();
