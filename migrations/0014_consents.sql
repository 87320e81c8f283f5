CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"is_granted" boolean NOT NULL,
	"recipient_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"recipient_provider_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"privacy_notice_id" uuid NOT NULL,
	"language" text NOT NULL,
	"channel" text NOT NULL,
	"given_at" timestamp with time zone NOT NULL,
	"supersedes_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "consents_supersedes" UNIQUE("supersedes_id"),
	CONSTRAINT "consents_purpose" CHECK (purpose in ('counselling', 'provider_sharing', 'municipality_contact', 'statistics')),
	CONSTRAINT "consents_channel" CHECK (channel in ('in_person', 'online')),
	CONSTRAINT "consents_recipients" CHECK (purpose = 'provider_sharing' or (cardinality(recipient_organisation_ids) = 0 and cardinality(recipient_provider_types) = 0))
);
--> statement-breakpoint
CREATE TABLE "privacy_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" text NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"published_on" date NOT NULL,
	CONSTRAINT "privacy_notices_version_language" UNIQUE("version","language")
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_privacy_notice_id_privacy_notices_id_fk" FOREIGN KEY ("privacy_notice_id") REFERENCES "public"."privacy_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_person_purpose" ON "consents" USING btree ("person_id","purpose");--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_supersedes_id_consents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."consents"("id");
--> statement-breakpoint
-- Consents are immutable: a withdrawal or change is a new row that supersedes the earlier one.
CREATE FUNCTION consents_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'consents are immutable: record a new consent that supersedes this one' USING ERRCODE = 'insufficient_privilege';
END
$$;
--> statement-breakpoint
CREATE TRIGGER consents_immutable BEFORE UPDATE OR DELETE ON consents
  FOR EACH ROW EXECUTE FUNCTION consents_refuse_change();
--> statement-breakpoint
CREATE TRIGGER consents_no_truncate BEFORE TRUNCATE ON consents
  FOR EACH STATEMENT EXECUTE FUNCTION consents_refuse_change();
