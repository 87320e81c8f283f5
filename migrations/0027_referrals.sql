CREATE TABLE "referral_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"referral_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"by_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_reminder_deliveries" (
	"referral_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_reminder_deliveries_referral_id_kind_day_pk" PRIMARY KEY("referral_id","kind","day"),
	CONSTRAINT "referral_reminder_deliveries_kind" CHECK (kind in ('waiting', 'expired'))
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"offer_id" uuid,
	"provider_id" uuid,
	"external_name" text,
	"external_address" text,
	"external_provider_type" text,
	"need_id" uuid,
	"purpose" text NOT NULL,
	"field_codes" text[] NOT NULL,
	"match_snapshot" jsonb,
	"consent_id" uuid NOT NULL,
	"status" text DEFAULT 'sent' NOT NULL,
	"note" text,
	"sent_by" uuid,
	"sent_by_organisation_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_status" CHECK (status in ('sent', 'accepted', 'declined', 'started', 'completed', 'dropped', 'withdrawn', 'expired')),
	CONSTRAINT "referrals_target_kind" CHECK (target_kind in ('offer', 'provider', 'external')),
	CONSTRAINT "referrals_target" CHECK ((target_kind = 'offer' and offer_id is not null and provider_id is not null)
        or (target_kind = 'provider' and offer_id is null and provider_id is not null)
        or (target_kind = 'external' and offer_id is null and provider_id is null
            and external_name is not null and external_address is not null and external_provider_type is not null)),
	CONSTRAINT "referrals_field_codes" CHECK (cardinality(field_codes) > 0 and field_codes <@ array['name', 'date_of_birth', 'contact', 'languages', 'german_level', 'residence_category', 'need'])
);
--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_events" ADD CONSTRAINT "referral_events_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referral_reminder_deliveries" ADD CONSTRAINT "referral_reminder_deliveries_referral_id_referrals_id_fk" FOREIGN KEY ("referral_id") REFERENCES "public"."referrals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_consent_id_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."consents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_sent_by_organisation_id_organisations_id_fk" FOREIGN KEY ("sent_by_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "referral_events_referral" ON "referral_events" USING btree ("referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_person" ON "referrals" USING btree ("person_id","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_provider_status" ON "referrals" USING btree ("provider_id","status");--> statement-breakpoint
CREATE INDEX "referrals_sent_by" ON "referrals" USING btree ("sent_by","sent_at");--> statement-breakpoint
CREATE INDEX "referrals_sent_by_organisation" ON "referrals" USING btree ("sent_by_organisation_id","sent_at");