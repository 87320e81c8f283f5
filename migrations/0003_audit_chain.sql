-- The audit trail's hash chain and append-only guard (see src/server/platform/audit/audit-tables.ts).
-- One function computes a row's hash, for the insert trigger and for `npm run audit:verify` alike.
CREATE FUNCTION audit_event_hash(e audit_events) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    e.previous_hash, e.position, e.id, (extract(epoch FROM e.occurred_at) * 1000000)::bigint, e.action,
    e.actor_user_id, e.actor_token_id, e.organisation_ids, e.subject_type, e.subject_id, e.person_id,
    e.purpose, e.ip_address, e.detail
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Writers take turns on one advisory transaction lock (key 47112020), so the chain has one order:
-- each new row follows the last committed one, numbered without gaps.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_position bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(47112020);
  SELECT position, hash INTO last_position, last_hash FROM audit_events ORDER BY position DESC LIMIT 1;
  NEW.position := coalesce(last_position, 0) + 1;
  NEW.previous_hash := coalesce(last_hash, repeat('0', 64));
  NEW.hash := audit_event_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
--> statement-breakpoint
CREATE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
