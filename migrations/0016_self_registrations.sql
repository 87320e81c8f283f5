CREATE TABLE "self_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_ags" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_year" smallint,
	"birth_month" smallint,
	"birth_day" smallint,
	"sex" text NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"arrived_in_municipality_on" date,
	"phone" text,
	"email" text,
	"preferred_language" text,
	"portal_language" text NOT NULL,
	"privacy_notice_id" uuid NOT NULL,
	"consent_decisions" jsonb NOT NULL,
	"email_confirmation" text NOT NULL,
	"email_token_hash" text,
	"email_token_expires_at" timestamp with time zone,
	"email_confirmed_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reject_reason" text,
	"person_id" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"client_address_hash" text,
	"form_nonce" text NOT NULL,
	CONSTRAINT "self_registrations_email_token_hash_unique" UNIQUE("email_token_hash"),
	CONSTRAINT "self_registrations_form_nonce_unique" UNIQUE("form_nonce"),
	CONSTRAINT "self_registrations_status" CHECK (status in ('pending', 'confirmed', 'merged', 'rejected')),
	CONSTRAINT "self_registrations_email_confirmation" CHECK (email_confirmation in ('not_needed', 'pending', 'confirmed')),
	CONSTRAINT "self_registrations_sex" CHECK (sex in ('female', 'male', 'diverse', 'not_stated')),
	CONSTRAINT "self_registrations_decision" CHECK ((status = 'pending') = (decided_at is null) and (status in ('confirmed', 'merged')) = (person_id is not null) and (status = 'rejected') = (reject_reason is not null))
);
--> statement-breakpoint
ALTER TABLE "self_registrations" ADD CONSTRAINT "self_registrations_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_registrations" ADD CONSTRAINT "self_registrations_privacy_notice_id_privacy_notices_id_fk" FOREIGN KEY ("privacy_notice_id") REFERENCES "public"."privacy_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_registrations" ADD CONSTRAINT "self_registrations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_registrations" ADD CONSTRAINT "self_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_registrations_review" ON "self_registrations" USING btree ("status","municipality_ags","submitted_at");--> statement-breakpoint
CREATE INDEX "self_registrations_address" ON "self_registrations" USING btree ("client_address_hash","submitted_at");