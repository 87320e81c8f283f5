CREATE TABLE "offer_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"content" jsonb NOT NULL,
	"base_version" integer NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	CONSTRAINT "offer_revisions_status" CHECK (status in ('pending', 'approved', 'rejected', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "offer_translations" (
	"offer_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"prerequisites" text,
	"cost_note" text,
	CONSTRAINT "offer_translations_offer_id_language_pk" PRIMARY KEY("offer_id","language")
);
--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "status" text DEFAULT 'draft' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "age_min" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "age_max" integer;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "residence_categories" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "gender_target" text DEFAULT 'any' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "min_german_level" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "city" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "latitude" double precision;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "longitude" double precision;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "schedule_kind" text DEFAULT 'ongoing' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "ends_on" date;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "weekdays" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "time_slots" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "start_time" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "end_time" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "cost_kind" text DEFAULT 'free' NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "cost_amount_eur" numeric(9, 2);--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "contact_url" text;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "valid_until" date;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "offers" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_revisions" ADD CONSTRAINT "offer_revisions_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_translations" ADD CONSTRAINT "offer_translations_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_translations" ADD CONSTRAINT "offer_translations_language_languages_tag_fk" FOREIGN KEY ("language") REFERENCES "public"."languages"("tag") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "offer_revisions_offer" ON "offer_revisions" USING btree ("offer_id","submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "offer_revisions_one_pending" ON "offer_revisions" USING btree ("offer_id") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "offers_status_category" ON "offers" USING btree ("status","category");--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_status" CHECK (status in ('draft', 'in_review', 'published', 'withdrawn'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_min_german_level" CHECK (min_german_level in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_gender_target" CHECK (gender_target in ('any', 'female', 'male'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_schedule_kind" CHECK (schedule_kind in ('ongoing', 'one_time', 'recurring', 'by_appointment'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_cost_kind" CHECK (cost_kind in ('free', 'free_with_entitlement', 'reduced', 'fee'));--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_capacity" CHECK (capacity is null or capacity >= 0);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_dates" CHECK (ends_on is null or starts_on is null or ends_on >= starts_on);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_validity" CHECK (valid_until is null or valid_from is null or valid_until >= valid_from);--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_ages" CHECK (age_max is null or age_min is null or age_max >= age_min);