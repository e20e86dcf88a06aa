-- min_compatible: 5
-- Opening and closing an editor is announced like a change of the record itself, so the other
-- clients' detail panes show who is editing within a second.
CREATE FUNCTION notify_presence() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('marketdesk_changes_' || TG_TABLE_SCHEMA, OLD.entity || ':' || OLD.entity_id);
        RETURN OLD;
    END IF;
    PERFORM pg_notify('marketdesk_changes_' || TG_TABLE_SCHEMA, NEW.entity || ':' || NEW.entity_id);
    RETURN NEW;
END;
$$;
CREATE TRIGGER edit_presence_notify AFTER INSERT OR DELETE ON edit_presence
    FOR EACH ROW EXECUTE FUNCTION notify_presence();
