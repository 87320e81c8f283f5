CREATE TABLE "portal_contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_key" text,
	"district_ags" text NOT NULL,
	"name" text NOT NULL,
	"office" text,
	"phone" text,
	"email" text,
	"website" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"note_de" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "portal_place_contacts" (
	"place_id" uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "portal_place_contacts_place_id_contact_id_pk" PRIMARY KEY("place_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "portal_place_texts" (
	"place_id" uuid NOT NULL,
	"language" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	CONSTRAINT "portal_place_texts_place_id_language_pk" PRIMARY KEY("place_id","language")
);
--> statement-breakpoint
CREATE TABLE "portal_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_unit_key" text,
	"district_ags" text NOT NULL,
	"category" text NOT NULL,
	"street" text,
	"postal_code" text,
	"city" text,
	"municipality_ags" text NOT NULL,
	"latitude" numeric(8, 5),
	"longitude" numeric(8, 5),
	"opening_hours" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"opening_hours_note" text,
	"is_appointment_only" boolean DEFAULT false NOT NULL,
	"is_barrier_free" boolean DEFAULT false NOT NULL,
	"barrier_free_note" text,
	"phone" text,
	"email" text,
	"website" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "portal_places_category" CHECK (category in ('authority', 'counselling_centre', 'doctor_health', 'hospital_emergency', 'pharmacy', 'kita', 'school', 'language_school', 'job_centre', 'library', 'place_of_worship', 'community_centre', 'shop_food_bank', 'sports', 'other')),
	CONSTRAINT "portal_places_status" CHECK (status in ('draft', 'published'))
);
--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_owner_unit_key_municipal_units_key_fk" FOREIGN KEY ("owner_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_contacts" ADD CONSTRAINT "portal_contacts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_place_contacts" ADD CONSTRAINT "portal_place_contacts_place_id_portal_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."portal_places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_place_contacts" ADD CONSTRAINT "portal_place_contacts_contact_id_portal_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."portal_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_place_texts" ADD CONSTRAINT "portal_place_texts_place_id_portal_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."portal_places"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_places" ADD CONSTRAINT "portal_places_owner_unit_key_municipal_units_key_fk" FOREIGN KEY ("owner_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_places" ADD CONSTRAINT "portal_places_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_places" ADD CONSTRAINT "portal_places_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_places" ADD CONSTRAINT "portal_places_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portal_places" ADD CONSTRAINT "portal_places_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;