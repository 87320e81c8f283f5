CREATE TABLE "person_languages" (
	"person_id" uuid NOT NULL,
	"language" text NOT NULL,
	"level" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_languages_person_id_language_pk" PRIMARY KEY("person_id","language"),
	CONSTRAINT "person_languages_level" CHECK (level in ('native', 'C2', 'C1', 'B2', 'B1', 'A2', 'A1'))
);
--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "arrived_in_municipality_on" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "permit_expires_on" date;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "postal_code" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "preferred_channel" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "preferred_language" text;--> statement-breakpoint
ALTER TABLE "person_languages" ADD CONSTRAINT "person_languages_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_preferred_channel" CHECK (preferred_channel in ('phone', 'sms', 'messenger', 'email', 'letter', 'in_person'));