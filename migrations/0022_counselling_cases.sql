CREATE TABLE "counselling_case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"text" text NOT NULL,
	"field_of_action" text,
	"is_confidential" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counselling_case_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"close_reason" text,
	"reason_text" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_case_status_changes_from" CHECK (from_status in ('open', 'active', 'dormant', 'closed', 'reopened')),
	CONSTRAINT "counselling_case_status_changes_to" CHECK (to_status in ('open', 'active', 'dormant', 'closed', 'reopened')),
	CONSTRAINT "counselling_case_status_changes_reason" CHECK (close_reason in ('goals_reached', 'no_longer_needed', 'moved_away', 'no_contact', 'declined_by_person', 'other')),
	CONSTRAINT "counselling_case_status_changes_closing" CHECK ((to_status = 'closed') = (close_reason is not null))
);
--> statement-breakpoint
CREATE TABLE "counselling_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"desk_organisation_id" uuid NOT NULL,
	"assignee_user_id" uuid,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_cases_status" CHECK (status in ('open', 'active', 'dormant', 'closed', 'reopened'))
);
--> statement-breakpoint
CREATE TABLE "counselling_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"from_organisation_id" uuid NOT NULL,
	"to_organisation_id" uuid NOT NULL,
	"to_user_id" uuid,
	"note" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	CONSTRAINT "counselling_handovers_state" CHECK (state in ('pending', 'accepted', 'declined', 'withdrawn')),
	CONSTRAINT "counselling_handovers_decline_reason" CHECK ((state = 'declined') = (decline_reason is not null)),
	CONSTRAINT "counselling_handovers_other_desk" CHECK (from_organisation_id <> to_organisation_id)
);
--> statement-breakpoint
ALTER TABLE "counselling_case_notes" ADD CONSTRAINT "counselling_case_notes_case_id_counselling_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."counselling_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_case_notes" ADD CONSTRAINT "counselling_case_notes_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_case_notes" ADD CONSTRAINT "counselling_case_notes_field_of_action_fields_of_action_code_fk" FOREIGN KEY ("field_of_action") REFERENCES "public"."fields_of_action"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_case_status_changes" ADD CONSTRAINT "counselling_case_status_changes_case_id_counselling_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."counselling_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_case_status_changes" ADD CONSTRAINT "counselling_case_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_cases" ADD CONSTRAINT "counselling_cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_cases" ADD CONSTRAINT "counselling_cases_desk_organisation_id_organisations_id_fk" FOREIGN KEY ("desk_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_cases" ADD CONSTRAINT "counselling_cases_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_cases" ADD CONSTRAINT "counselling_cases_opened_by_users_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_case_id_counselling_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."counselling_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_from_organisation_id_organisations_id_fk" FOREIGN KEY ("from_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_to_organisation_id_organisations_id_fk" FOREIGN KEY ("to_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_to_user_id_users_id_fk" FOREIGN KEY ("to_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_handovers" ADD CONSTRAINT "counselling_handovers_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counselling_case_notes_case" ON "counselling_case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "counselling_case_status_changes_case" ON "counselling_case_status_changes" USING btree ("case_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "counselling_cases_one_not_closed" ON "counselling_cases" USING btree ("person_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE INDEX "counselling_cases_person" ON "counselling_cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "counselling_cases_desk" ON "counselling_cases" USING btree ("desk_organisation_id") WHERE status <> 'closed';--> statement-breakpoint
CREATE UNIQUE INDEX "counselling_handovers_one_pending" ON "counselling_handovers" USING btree ("case_id") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "counselling_handovers_to" ON "counselling_handovers" USING btree ("to_organisation_id","state");--> statement-breakpoint
CREATE INDEX "counselling_handovers_from" ON "counselling_handovers" USING btree ("from_organisation_id","state");--> statement-breakpoint
CREATE INDEX "counselling_handovers_person" ON "counselling_handovers" USING btree ("person_id") WHERE state = 'pending';