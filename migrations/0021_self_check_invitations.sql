CREATE TABLE "self_check_invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"language" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "self_check_invitations_assessment_id_unique" UNIQUE("assessment_id"),
	CONSTRAINT "self_check_invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "self_check_invitations_language" CHECK (language in ('de', 'en', 'uk', 'ar'))
);
--> statement-breakpoint
ALTER TABLE "self_check_invitations" ADD CONSTRAINT "self_check_invitations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_invitations" ADD CONSTRAINT "self_check_invitations_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_check_invitations" ADD CONSTRAINT "self_check_invitations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_check_invitations_person" ON "self_check_invitations" USING btree ("person_id","created_at");