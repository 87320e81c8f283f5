CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_ags" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_names" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"script" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "person_names_kind" CHECK (kind in ('passport', 'original_script', 'alternative'))
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_year" smallint,
	"birth_month" smallint,
	"birth_day" smallint,
	"sex" text DEFAULT 'not_stated' NOT NULL,
	"nationalities" text[] DEFAULT '{}'::text[] NOT NULL,
	"municipality_ags" text NOT NULL,
	"residence_category" text,
	"arrived_in_germany_on" date,
	"household_id" uuid,
	"household_relation" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_sex" CHECK (sex in ('female', 'male', 'diverse', 'not_stated')),
	CONSTRAINT "persons_household_relation" CHECK (household_relation in ('head', 'partner', 'child', 'parent', 'sibling', 'other')),
	CONSTRAINT "persons_birth_date_parts" CHECK ((birth_month is null or birth_month between 1 and 12) and (birth_day is null or (birth_month is not null and birth_day between 1 and 31)))
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_id" uuid NOT NULL,
	"category" text NOT NULL,
	"fields_of_action" text[] NOT NULL,
	"title_de" text NOT NULL,
	"description_de" text NOT NULL,
	"course_type" text,
	"cefr_from" text,
	"cefr_to" text,
	"languages" text[] DEFAULT '{de}'::text[] NOT NULL,
	"municipality_ags" text,
	"is_online" boolean DEFAULT false NOT NULL,
	"capacity" integer,
	"free_places" integer,
	"has_childcare" boolean DEFAULT false NOT NULL,
	"is_barrier_free" boolean DEFAULT false NOT NULL,
	"starts_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offers_category" CHECK (category in ('counselling', 'language_course', 'kita_school_support', 'recognition_counselling', 'vocational_training', 'job', 'health', 'housing', 'participation', 'religious_interreligious', 'volunteering')),
	CONSTRAINT "offers_cefr_from" CHECK (cefr_from in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
	CONSTRAINT "offers_cefr_to" CHECK (cefr_to in ('A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
	CONSTRAINT "offers_free_places" CHECK (free_places is null or (free_places >= 0 and (capacity is null or free_places <= capacity))),
	CONSTRAINT "offers_place" CHECK (is_online or municipality_ags is not null)
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"user_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_id_organisation_id_role_pk" PRIMARY KEY("user_id","organisation_id","role"),
	CONSTRAINT "memberships_role" CHECK (role in ('administrator', 'district_coordinator', 'caseworker', 'provider_staff', 'provider_admin', 'content_editor', 'volunteer_coordinator', 'auditor'))
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idle_expires_at" timestamp with time zone NOT NULL,
	"absolute_expires_at" timestamp with time zone NOT NULL,
	"ip_address" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'de' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"district_ags" text NOT NULL,
	"municipal_unit_key" text,
	"provider_type" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_kind" CHECK (kind in ('district', 'municipal_unit', 'provider')),
	CONSTRAINT "organisations_provider_type" CHECK (provider_type in ('welfare_association', 'language_school', 'job_centre', 'youth_migration_service', 'club', 'religious_community', 'other')),
	CONSTRAINT "organisations_kind_fields" CHECK ((kind = 'district' and municipal_unit_key is null and provider_type is null)
        or (kind = 'municipal_unit' and municipal_unit_key is not null and provider_type is null)
        or (kind = 'provider' and provider_type is not null and municipal_unit_key is null))
);
--> statement-breakpoint
CREATE TABLE "course_types" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"family" text NOT NULL,
	"teaching_units" text NOT NULL,
	"cefr_target" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"ags" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"population" integer NOT NULL,
	"source" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fields_of_action" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"area" text NOT NULL,
	"example_tasks_de" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"tag" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_native" text NOT NULL,
	"name_de" text NOT NULL,
	"direction" text NOT NULL,
	"portal_priority" integer NOT NULL,
	CONSTRAINT "languages_direction" CHECK (direction in ('ltr', 'rtl'))
);
--> statement-breakpoint
CREATE TABLE "municipal_units" (
	"key" text PRIMARY KEY NOT NULL,
	"district_ags" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "municipal_units_kind" CHECK (kind in ('single_municipality', 'joint_municipality'))
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"ags" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"is_town" boolean NOT NULL,
	"municipal_unit_key" text NOT NULL,
	"population" integer NOT NULL,
	"population_year" integer NOT NULL,
	"latitude" numeric(8, 5) NOT NULL,
	"longitude" numeric(8, 5) NOT NULL,
	CONSTRAINT "municipalities_kind" CHECK (kind in ('Gemeinde', 'Stadt'))
);
--> statement-breakpoint
CREATE TABLE "residence_categories" (
	"code" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name_de" text NOT NULL,
	"legal_basis" text,
	"notes" text
);
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_names" ADD CONSTRAINT "person_names_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_residence_category_residence_categories_code_fk" FOREIGN KEY ("residence_category") REFERENCES "public"."residence_categories"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_provider_id_organisations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_course_type_course_types_code_fk" FOREIGN KEY ("course_type") REFERENCES "public"."course_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_municipality_ags_municipalities_ags_fk" FOREIGN KEY ("municipality_ags") REFERENCES "public"."municipalities"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_municipal_unit_key_municipal_units_key_fk" FOREIGN KEY ("municipal_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_units" ADD CONSTRAINT "municipal_units_district_ags_districts_ags_fk" FOREIGN KEY ("district_ags") REFERENCES "public"."districts"("ags") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_municipal_unit_key_municipal_units_key_fk" FOREIGN KEY ("municipal_unit_key") REFERENCES "public"."municipal_units"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "households_municipality" ON "households" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "person_names_person" ON "person_names" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_municipality" ON "persons" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "persons_household" ON "persons" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "persons_family_given" ON "persons" USING btree ("family_name","given_name");--> statement-breakpoint
CREATE INDEX "offers_provider" ON "offers" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "offers_municipality" ON "offers" USING btree ("municipality_ags");--> statement-breakpoint
CREATE INDEX "memberships_organisation" ON "memberships" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_idle_expiry" ON "sessions" USING btree ("idle_expires_at");--> statement-breakpoint
CREATE INDEX "sessions_absolute_expiry" ON "sessions" USING btree ("absolute_expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "organisations_kind_name" ON "organisations" USING btree ("kind","name");--> statement-breakpoint
CREATE UNIQUE INDEX "languages_position" ON "languages" USING btree ("position");