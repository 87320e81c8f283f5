CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"questionnaire_key" text NOT NULL,
	"questionnaire_version" integer NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"current_section_id" text,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_by" uuid,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "assessments_status" CHECK (status in ('in_progress', 'completed')),
	CONSTRAINT "assessments_source" CHECK (source in ('interview', 'self_check')),
	CONSTRAINT "assessments_completed" CHECK ((status = 'completed') = (completed_at is not null))
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"field_of_action" text NOT NULL,
	"code" text NOT NULL,
	"priority" text NOT NULL,
	"reason" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "needs_priority" CHECK (priority in ('high', 'medium', 'low')),
	CONSTRAINT "needs_status" CHECK (status in ('open', 'superseded'))
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_field_of_action_fields_of_action_code_fk" FOREIGN KEY ("field_of_action") REFERENCES "public"."fields_of_action"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_person" ON "assessments" USING btree ("person_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_one_in_progress" ON "assessments" USING btree ("person_id","questionnaire_key") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "needs_person" ON "needs" USING btree ("person_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_assessment_code" ON "needs" USING btree ("assessment_id","code");