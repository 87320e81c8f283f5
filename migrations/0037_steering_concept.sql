CREATE TABLE "concept_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"part" text NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"values" jsonb NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concept_changes_part" CHECK (part in ('period', 'statement', 'sub_goal', 'measure')),
	CONSTRAINT "concept_changes_kind" CHECK (kind in ('added', 'changed', 'removed'))
);
--> statement-breakpoint
CREATE TABLE "concept_measure_municipalities" (
	"measure_id" uuid NOT NULL,
	"municipality_ags" text NOT NULL,
	CONSTRAINT "concept_measure_municipalities_measure_id_municipality_ags_pk" PRIMARY KEY("measure_id","municipality_ags")
);
--> statement-breakpoint
CREATE TABLE "concept_measure_partners" (
	"measure_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "concept_measure_partners_measure_id_organisation_id_pk" PRIMARY KEY("measure_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "concept_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sub_goal_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"responsible_organisation_id" uuid,
	"other_partners" text,
	"starts_on" date,
	"ends_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"budget_eur" numeric(14, 2),
	"progress_notes" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "concept_measures_status" CHECK (status in ('planned', 'running', 'done', 'stopped')),
	CONSTRAINT "concept_measures_timeline" CHECK (ends_on is null or starts_on is null or ends_on >= starts_on),
	CONSTRAINT "concept_measures_budget" CHECK (budget_eur is null or budget_eur >= 0)
);
--> statement-breakpoint
CREATE TABLE "concept_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_ags" text NOT NULL,
	"name" text NOT NULL,
	"start_year" integer NOT NULL,
	"end_year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "concept_periods_status" CHECK (status in ('draft', 'active', 'closed')),
	CONSTRAINT "concept_periods_years" CHECK (end_year >= start_year)
);
--> statement-breakpoint
CREATE TABLE "concept_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_id" uuid NOT NULL,
	"field_of_action_code" text NOT NULL,
	"guiding_principle" text NOT NULL,
	"challenges" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "concept_sub_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"statement_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"indicator_description" text,
	"indicator_key" text,
	"indicator_unit" text,
	"baseline_value" numeric,
	"baseline_year" integer,
	"baseline_source" text,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responsible_organisation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "concept_sub_goals_indicator_key" CHECK (indicator_key in ('days_arrival_to_first_contact', 'first_interview_within_target_share', 'referrals_by_field', 'referral_acceptance_rate', 'referral_days_to_answer', 'language_course_within_three_months_share', 'needs_by_field_and_municipality', 'unmet_needs', 'case_outcomes')),
	CONSTRAINT "concept_sub_goals_baseline" CHECK ((baseline_value is null) = (baseline_year is null) and (baseline_source is null or baseline_value is not null))
);
--> statement-breakpoint
ALTER TABLE "concept_changes" ADD CONSTRAINT "concept_changes_period_id_concept_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."concept_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_changes" ADD CONSTRAINT "concept_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measure_municipalities" ADD CONSTRAINT "concept_measure_municipalities_measure_id_concept_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."concept_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measure_municipalities" ADD CONSTRAINT "concept_measure_municipalities_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measure_partners" ADD CONSTRAINT "concept_measure_partners_measure_id_concept_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."concept_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measure_partners" ADD CONSTRAINT "concept_measure_partners_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measures" ADD CONSTRAINT "concept_measures_sub_goal_id_concept_sub_goals_id_fk" FOREIGN KEY ("sub_goal_id") REFERENCES "public"."concept_sub_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measures" ADD CONSTRAINT "concept_measures_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measures" ADD CONSTRAINT "concept_measures_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_measures" ADD CONSTRAINT "concept_measures_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_periods" ADD CONSTRAINT "concept_periods_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_periods" ADD CONSTRAINT "concept_periods_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_periods" ADD CONSTRAINT "concept_periods_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_statements" ADD CONSTRAINT "concept_statements_period_id_concept_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."concept_periods"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_statements" ADD CONSTRAINT "concept_statements_field_of_action_code_fields_of_action_code_fk" FOREIGN KEY ("field_of_action_code") REFERENCES "public"."fields_of_action"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_statements" ADD CONSTRAINT "concept_statements_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_statements" ADD CONSTRAINT "concept_statements_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_sub_goals" ADD CONSTRAINT "concept_sub_goals_statement_id_concept_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."concept_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_sub_goals" ADD CONSTRAINT "concept_sub_goals_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_sub_goals" ADD CONSTRAINT "concept_sub_goals_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_sub_goals" ADD CONSTRAINT "concept_sub_goals_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concept_changes_period" ON "concept_changes" USING btree ("period_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_measures_number" ON "concept_measures" USING btree ("sub_goal_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_periods_one_active" ON "concept_periods" USING btree ("district_ags") WHERE status = 'active';--> statement-breakpoint
CREATE INDEX "concept_periods_district" ON "concept_periods" USING btree ("district_ags","start_year");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_statements_field" ON "concept_statements" USING btree ("period_id","field_of_action_code");--> statement-breakpoint
CREATE UNIQUE INDEX "concept_sub_goals_number" ON "concept_sub_goals" USING btree ("statement_id","number");