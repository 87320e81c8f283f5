CREATE TABLE "counselling_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"location" text,
	"title" text NOT NULL,
	"note" text,
	"staff_user_id" uuid NOT NULL,
	"interpreter_language" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_appointments_kind" CHECK (kind in ('in_person', 'phone', 'video')),
	CONSTRAINT "counselling_appointments_status" CHECK (status in ('planned', 'done', 'cancelled', 'missed')),
	CONSTRAINT "counselling_appointments_title" CHECK (title <> ''),
	CONSTRAINT "counselling_appointments_times" CHECK (ends_at > starts_at)
);
--> statement-breakpoint
CREATE TABLE "counselling_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text DEFAULT 'task' NOT NULL,
	"title" text NOT NULL,
	"note" text,
	"field_of_action_code" text,
	"due_on" date NOT NULL,
	"remind_on" date,
	"assignee_user_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counselling_tasks_kind" CHECK (kind in ('task', 'follow_up')),
	CONSTRAINT "counselling_tasks_status" CHECK (status in ('open', 'done', 'cancelled')),
	CONSTRAINT "counselling_tasks_title" CHECK (title <> ''),
	CONSTRAINT "counselling_tasks_remind" CHECK (remind_on is null or remind_on <= due_on),
	CONSTRAINT "counselling_tasks_done" CHECK ((status = 'done') = (done_at is not null))
);
--> statement-breakpoint
CREATE TABLE "task_digest_deliveries" (
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_digest_deliveries_user_day" PRIMARY KEY("user_id","day")
);
--> statement-breakpoint
ALTER TABLE "counselling_appointments" ADD CONSTRAINT "counselling_appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_appointments" ADD CONSTRAINT "counselling_appointments_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_appointments" ADD CONSTRAINT "counselling_appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_tasks" ADD CONSTRAINT "counselling_tasks_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_tasks" ADD CONSTRAINT "counselling_tasks_field_of_action_code_fields_of_action_code_fk" FOREIGN KEY ("field_of_action_code") REFERENCES "public"."fields_of_action"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_tasks" ADD CONSTRAINT "counselling_tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_tasks" ADD CONSTRAINT "counselling_tasks_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counselling_tasks" ADD CONSTRAINT "counselling_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_digest_deliveries" ADD CONSTRAINT "task_digest_deliveries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counselling_appointments_person" ON "counselling_appointments" USING btree ("person_id","starts_at");--> statement-breakpoint
CREATE INDEX "counselling_tasks_person" ON "counselling_tasks" USING btree ("person_id","status","due_on");--> statement-breakpoint
CREATE INDEX "counselling_tasks_assignee" ON "counselling_tasks" USING btree ("assignee_user_id","status","due_on");