-- Announces every change that makes a cached session lookup wrong (src/server/platform/auth/session-cache.ts):
-- on channel kommmit_invalidate, payload 'session:<user id>' or 'session:*'. PostgreSQL sends it at commit,
-- once per distinct payload and transaction, to every listening connection, the committing one included.
-- TG_ARGV[0] names the column holding the user's id; without it, every cached session is dropped.
CREATE FUNCTION kommmit_invalidate_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' OR TG_NARGS = 0 THEN
    PERFORM pg_notify('kommmit_invalidate', 'session:*');
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM pg_notify('kommmit_invalidate', 'session:' || (to_jsonb(OLD) ->> TG_ARGV[0]));
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM pg_notify('kommmit_invalidate', 'session:' || (to_jsonb(NEW) ->> TG_ARGV[0]));
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A session ends, changes stage or token, or its expiry moves closer (sliding the idle expiry forward is silent).
CREATE TRIGGER sessions_invalidate_cache AFTER UPDATE ON sessions FOR EACH ROW
  WHEN (OLD.token_hash IS DISTINCT FROM NEW.token_hash OR OLD.stage IS DISTINCT FROM NEW.stage
    OR OLD.user_id IS DISTINCT FROM NEW.user_id OR NEW.idle_expires_at < OLD.idle_expires_at
    OR NEW.absolute_expires_at < OLD.absolute_expires_at)
  EXECUTE FUNCTION kommmit_invalidate_sessions('user_id');
--> statement-breakpoint
CREATE TRIGGER sessions_invalidate_cache_on_delete AFTER DELETE ON sessions FOR EACH ROW
  EXECUTE FUNCTION kommmit_invalidate_sessions('user_id');
--> statement-breakpoint
-- A user is deactivated or reactivated (or removed).
CREATE TRIGGER users_invalidate_cache AFTER UPDATE ON users FOR EACH ROW
  WHEN (OLD.is_active IS DISTINCT FROM NEW.is_active OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION kommmit_invalidate_sessions('id');
--> statement-breakpoint
CREATE TRIGGER users_invalidate_cache_on_delete AFTER DELETE ON users FOR EACH ROW
  EXECUTE FUNCTION kommmit_invalidate_sessions('id');
--> statement-breakpoint
-- A role is granted, changed or revoked.
CREATE TRIGGER memberships_invalidate_cache AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW
  EXECUTE FUNCTION kommmit_invalidate_sessions('user_id');
--> statement-breakpoint
-- An organisation's kind, area or provider type shapes its members' scopes.
CREATE TRIGGER organisations_invalidate_cache AFTER UPDATE ON organisations FOR EACH ROW
  WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.municipal_unit_key IS DISTINCT FROM NEW.municipal_unit_key
    OR OLD.provider_type IS DISTINCT FROM NEW.provider_type OR OLD.id IS DISTINCT FROM NEW.id)
  EXECUTE FUNCTION kommmit_invalidate_sessions();
--> statement-breakpoint
CREATE TRIGGER organisations_invalidate_cache_on_delete AFTER DELETE ON organisations FOR EACH STATEMENT
  EXECUTE FUNCTION kommmit_invalidate_sessions();
--> statement-breakpoint
CREATE TRIGGER sessions_invalidate_cache_on_truncate AFTER TRUNCATE ON sessions FOR EACH STATEMENT
  EXECUTE FUNCTION kommmit_invalidate_sessions();
--> statement-breakpoint
CREATE TRIGGER users_invalidate_cache_on_truncate AFTER TRUNCATE ON users FOR EACH STATEMENT
  EXECUTE FUNCTION kommmit_invalidate_sessions();
--> statement-breakpoint
CREATE TRIGGER memberships_invalidate_cache_on_truncate AFTER TRUNCATE ON memberships FOR EACH STATEMENT
  EXECUTE FUNCTION kommmit_invalidate_sessions();
--> statement-breakpoint
CREATE TRIGGER organisations_invalidate_cache_on_truncate AFTER TRUNCATE ON organisations FOR EACH STATEMENT
  EXECUTE FUNCTION kommmit_invalidate_sessions();
