CREATE TABLE "integration_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"agreed_on" date,
	"agreed_how" text,
	"agreed_with" text,
	"agreement_recorded_at" timestamp with time zone,
	"next_review_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integration_plans_status" CHECK (status in ('draft', 'agreed')),
	CONSTRAINT "integration_plans_agreed_how" CHECK (agreed_how in ('in_person', 'phone', 'video', 'in_writing')),
	CONSTRAINT "integration_plans_agreement" CHECK ((status = 'agreed') = (agreed_on is not null and agreed_how is not null and agreement_recorded_at is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"part" text NOT NULL,
	"kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"fields" text[] NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_changes_part" CHECK (part in ('plan', 'goal', 'measure')),
	CONSTRAINT "plan_changes_kind" CHECK (kind in ('added', 'changed'))
);
--> statement-breakpoint
CREATE TABLE "plan_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"field_of_action_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'open' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goals_status" CHECK (status in ('open', 'in_progress', 'achieved', 'dropped')),
	CONSTRAINT "plan_goals_title" CHECK (title <> '')
);
--> statement-breakpoint
CREATE TABLE "plan_measures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal_id" uuid NOT NULL,
	"title" text NOT NULL,
	"responsible_kind" text NOT NULL,
	"responsible_organisation_id" uuid,
	"responsible_user_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_measures_status" CHECK (status in ('planned', 'in_progress', 'done', 'cancelled')),
	CONSTRAINT "plan_measures_responsible_kind" CHECK (responsible_kind in ('person', 'caseworker', 'provider')),
	CONSTRAINT "plan_measures_title" CHECK (title <> ''),
	CONSTRAINT "plan_measures_responsible" CHECK ((responsible_kind = 'provider') = (responsible_organisation_id is not null)
        and (responsible_user_id is null or responsible_kind = 'caseworker'))
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"note" text NOT NULL,
	"reviewed_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "integration_plans" ADD CONSTRAINT "integration_plans_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plans" ADD CONSTRAINT "integration_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_plans" ADD CONSTRAINT "integration_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_plan_id_integration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."integration_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_changes" ADD CONSTRAINT "plan_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_plan_id_integration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."integration_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_goals" ADD CONSTRAINT "plan_goals_field_of_action_code_fields_of_action_code_fk" FOREIGN KEY ("field_of_action_code") REFERENCES "public"."fields_of_action"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_goal_id_plan_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."plan_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_responsible_organisation_id_organisations_id_fk" FOREIGN KEY ("responsible_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_measures" ADD CONSTRAINT "plan_measures_responsible_user_id_users_id_fk" FOREIGN KEY ("responsible_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_integration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."integration_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "integration_plans_person" ON "integration_plans" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "plan_changes_plan" ON "plan_changes" USING btree ("plan_id","changed_at");--> statement-breakpoint
CREATE INDEX "plan_goals_plan" ON "plan_goals" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plan_measures_goal" ON "plan_measures" USING btree ("goal_id","position");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan" ON "plan_reviews" USING btree ("plan_id","reviewed_on");