CREATE TABLE "portal_page_text_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"text_version" integer NOT NULL,
	"source_version" integer,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body_html" text NOT NULL,
	"saved_by" uuid,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portal_page_texts" (
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body_html" text NOT NULL,
	"text_version" integer DEFAULT 1 NOT NULL,
	"source_version" integer,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_page_texts_page_id_language_pk" PRIMARY KEY("page_id","language"),
	CONSTRAINT "portal_page_texts_language" CHECK (language in ('de', 'de-x-easy', 'en', 'uk', 'ar', 'tr', 'ru', 'fa', 'ro', 'bg', 'pl'))
);
--> statement-breakpoint
CREATE TABLE "portal_pages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_key" text,
	"parent_id" uuid,
	"topic" text NOT NULL,
	"slug" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"copied_from_page_id" uuid,
	"german_version" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "portal_pages_topic" CHECK (topic in ('first_steps', 'authorities', 'housing', 'health', 'kita_school', 'language_courses', 'work', 'everyday_life', 'emergencies')),
	CONSTRAINT "portal_pages_status" CHECK (status in ('draft', 'published')),
	CONSTRAINT "portal_pages_slug" CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
--> statement-breakpoint
ALTER TABLE "portal_page_text_history" ADD CONSTRAINT "portal_page_text_history_page_id_portal_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."portal_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_page_text_history" ADD CONSTRAINT "portal_page_text_history_saved_by_users_id_fk" FOREIGN KEY ("saved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_page_texts" ADD CONSTRAINT "portal_page_texts_page_id_portal_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."portal_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_page_texts" ADD CONSTRAINT "portal_page_texts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_pages" ADD CONSTRAINT "portal_pages_owner_unit_key_municipal_units_key_fk" FOREIGN KEY ("owner_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_pages" ADD CONSTRAINT "portal_pages_parent_id_portal_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."portal_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_pages" ADD CONSTRAINT "portal_pages_copied_from_page_id_portal_pages_id_fk" FOREIGN KEY ("copied_from_page_id") REFERENCES "public"."portal_pages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_pages" ADD CONSTRAINT "portal_pages_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "portal_page_text_history_version" ON "portal_page_text_history" USING btree ("page_id","language","text_version");--> statement-breakpoint
CREATE UNIQUE INDEX "portal_pages_address" ON "portal_pages" USING btree (coalesce("owner_unit_key", ''),coalesce("parent_id", '00000000-0000-0000-0000-000000000000'::uuid),"slug");--> statement-breakpoint
CREATE INDEX "portal_pages_owner" ON "portal_pages" USING btree ("owner_unit_key","topic","position");