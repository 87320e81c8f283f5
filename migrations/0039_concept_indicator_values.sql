CREATE TABLE "concept_indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sub_goal_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint,
	"municipal_unit_key" text,
	"value" numeric(16, 4) NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "concept_indicator_values_month" CHECK (month is null or month between 1 and 12)
);
--> statement-breakpoint
ALTER TABLE "concept_changes" DROP CONSTRAINT "concept_changes_part";--> statement-breakpoint
ALTER TABLE "concept_indicator_values" ADD CONSTRAINT "concept_indicator_values_sub_goal_id_concept_sub_goals_id_fk" FOREIGN KEY ("sub_goal_id") REFERENCES "public"."concept_sub_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_indicator_values" ADD CONSTRAINT "concept_indicator_values_municipal_unit_key_municipal_units_key_fk" FOREIGN KEY ("municipal_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_indicator_values" ADD CONSTRAINT "concept_indicator_values_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concept_indicator_values" ADD CONSTRAINT "concept_indicator_values_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concept_indicator_values_one_per_cell" ON "concept_indicator_values" USING btree ("sub_goal_id","year",coalesce("month", 0),coalesce("municipal_unit_key", ''));--> statement-breakpoint
CREATE INDEX "concept_indicator_values_sub_goal" ON "concept_indicator_values" USING btree ("sub_goal_id","year");--> statement-breakpoint
ALTER TABLE "concept_changes" ADD CONSTRAINT "concept_changes_part" CHECK (part in ('period', 'statement', 'sub_goal', 'measure', 'indicator_value'));