CREATE TABLE "person_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"moved_on" date NOT NULL,
	"from_municipality_ags" text NOT NULL,
	"from_since" date,
	"to_municipality_ags" text,
	"reason" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_moves_kind" CHECK (kind in ('within_district', 'out_of_district')),
	CONSTRAINT "person_moves_reason" CHECK (reason in ('other_district', 'abroad', 'deceased', 'unknown')),
	CONSTRAINT "person_moves_destination" CHECK ((kind = 'within_district') = (to_municipality_ags is not null) and (kind = 'out_of_district') = (reason is not null))
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "status" text DEFAULT 'active' NOT NULL;--> statement-breakpoint
ALTER TABLE "person_moves" ADD CONSTRAINT "person_moves_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_moves" ADD CONSTRAINT "person_moves_from_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("from_municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_moves" ADD CONSTRAINT "person_moves_to_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("to_municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_moves" ADD CONSTRAINT "person_moves_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_moves_person" ON "person_moves" USING btree ("person_id","moved_on");--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_status" CHECK (status in ('active', 'moved_away'));