-- Announces every change to what the public portal shows (src/server/portal/public/portal-render-cache.ts):
-- on channel kommmit_invalidate, payload 'portal:*', and every process drops its rendered pages. One
-- statement-level trigger per table and operation; PostgreSQL sends the payload at commit, once per
-- transaction however many rows or statements changed, to every listening connection, the committing one included.
CREATE FUNCTION kommmit_invalidate_portal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kommmit_invalidate', 'portal:*');
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- A page is created, edited, published, unpublished, copied or deleted.
CREATE TRIGGER portal_pages_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_pages
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- A page's text or translation is saved.
CREATE TRIGGER portal_page_texts_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_page_texts
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- A place is created, changed, published, unpublished or deleted.
CREATE TRIGGER portal_places_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_places
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
CREATE TRIGGER portal_place_texts_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_place_texts
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
CREATE TRIGGER portal_place_contacts_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_place_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- A contact a place shows changes.
CREATE TRIGGER portal_contacts_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- An event is created, changed, published, unpublished, imported or deleted.
CREATE TRIGGER portal_events_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_events
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
CREATE TRIGGER portal_event_texts_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_event_texts
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- A media file is uploaded or deleted.
CREATE TRIGGER portal_media_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON portal_media
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- A municipality's name (or the list of them) changes.
CREATE TRIGGER municipal_units_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON municipal_units
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
-- An offer is created, published, withdrawn or changed (free places included).
CREATE TRIGGER offers_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON offers
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
--> statement-breakpoint
CREATE TRIGGER offer_translations_invalidate_portal AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON offer_translations
  FOR EACH STATEMENT EXECUTE FUNCTION kommmit_invalidate_portal();
