CREATE TABLE "portal_event_texts" (
	"event_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"description_html" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_ags" text NOT NULL,
	"municipal_unit_key" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"starts_on" date,
	"ends_on" date,
	"recurrence" text,
	"address" text,
	"place_id" uuid,
	"latitude" double precision,
	"longitude" double precision,
	"online_url" text,
	"organiser" text,
	"is_free" boolean DEFAULT true NOT NULL,
	"imported_from" text,
	"import_uid" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_events_status" CHECK (status in ('draft', 'published')),
	CONSTRAINT "portal_events_times" CHECK ((starts_at is not null and ends_at is not null and ends_at >= starts_at and starts_on is null and ends_on is null)
        or (starts_on is not null and ends_on is not null and ends_on >= starts_on and starts_at is null and ends_at is null))
);
--> statement-breakpoint
ALTER TABLE "portal_event_texts" ADD CONSTRAINT "portal_event_texts_event_id_portal_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."portal_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_events" ADD CONSTRAINT "portal_events_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_events" ADD CONSTRAINT "portal_events_municipal_unit_key_municipal_units_key_fk" FOREIGN KEY ("municipal_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_events" ADD CONSTRAINT "portal_events_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_events" ADD CONSTRAINT "portal_events_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_event_texts_language" ON "portal_event_texts" USING btree ("event_id","language");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_events_import_uid" ON "portal_events" USING btree ("district_ags",coalesce("municipal_unit_key", ''),"import_uid");--> statement-breakpoint
CREATE INDEX "portal_events_owner" ON "portal_events" USING btree ("municipal_unit_key","status");