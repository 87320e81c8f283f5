CREATE TABLE "steering_aggregate_refreshes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer NOT NULL,
	"row_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "steering_aggregates" (
	"indicator_key" text NOT NULL,
	"month" date NOT NULL,
	"municipality_ags" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"count" bigint NOT NULL,
	"hits" bigint NOT NULL,
	"sum" double precision NOT NULL,
	CONSTRAINT "steering_aggregates_indicator_key_month_municipality_ags_dimension_pk" PRIMARY KEY("indicator_key","month","municipality_ags","dimension"),
	CONSTRAINT "steering_aggregates_indicator_key" CHECK (indicator_key in ('days_arrival_to_first_contact', 'first_interview_within_target_share', 'referrals_by_field', 'referral_acceptance_rate', 'referral_days_to_answer', 'language_course_within_three_months_share', 'needs_by_field_and_municipality', 'unmet_needs', 'case_outcomes')),
	CONSTRAINT "steering_aggregates_month" CHECK (extract(day from month) = 1)
);
--> statement-breakpoint
ALTER TABLE "steering_aggregates" ADD CONSTRAINT "steering_aggregates_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "steering_aggregate_refreshes_finished" ON "steering_aggregate_refreshes" USING btree ("finished_at");