CREATE TABLE "organisation_contacts" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"office_name" text,
	"street" text,
	"postal_code" text,
	"city" text,
	"phone" text,
	"email" text,
	"website" text,
	"opening_hours" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_contacts" ADD CONSTRAINT "organisation_contacts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;