CREATE TABLE "arrival_import_persons" (
	"fingerprint" text PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"import_id" uuid
);
--> statement-breakpoint
CREATE TABLE "arrival_import_rows" (
	"import_id" uuid NOT NULL,
	"row_number" integer NOT NULL,
	"cells" text[] NOT NULL,
	"status" text NOT NULL,
	"reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"candidate" jsonb,
	"record" jsonb,
	"fingerprint" text,
	"person_id" uuid DEFAULT gen_random_uuid() NOT NULL,
	CONSTRAINT "arrival_import_rows_import_id_row_number_pk" PRIMARY KEY("import_id","row_number"),
	CONSTRAINT "arrival_import_rows_status" CHECK (status in ('ok', 'error', 'likely_duplicate', 'in_file_duplicate', 'already_imported'))
);
--> statement-breakpoint
CREATE TABLE "arrival_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"organisation_ids" uuid[] NOT NULL,
	"file_name" text NOT NULL,
	"file_sha256" text NOT NULL,
	"format" text NOT NULL,
	"encoding" text,
	"headers" text[] NOT NULL,
	"mapping" jsonb NOT NULL,
	"suggested_mapping" jsonb NOT NULL,
	"status" text DEFAULT 'validated' NOT NULL,
	"counts" jsonb NOT NULL,
	"created_persons" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"committed_at" timestamp with time zone,
	CONSTRAINT "arrival_imports_status" CHECK (status in ('validated', 'committed', 'discarded')),
	CONSTRAINT "arrival_imports_format" CHECK (format in ('csv', 'xlsx'))
);
--> statement-breakpoint
ALTER TABLE "arrival_import_persons" ADD CONSTRAINT "arrival_import_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_import_persons" ADD CONSTRAINT "arrival_import_persons_import_id_arrival_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."arrival_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_import_rows" ADD CONSTRAINT "arrival_import_rows_import_id_arrival_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."arrival_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "arrival_imports" ADD CONSTRAINT "arrival_imports_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "arrival_import_persons_person" ON "arrival_import_persons" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "arrival_import_rows_status" ON "arrival_import_rows" USING btree ("import_id","status");--> statement-breakpoint
CREATE INDEX "arrival_imports_uploader" ON "arrival_imports" USING btree ("uploaded_by","created_at");--> statement-breakpoint
CREATE INDEX "arrival_imports_file" ON "arrival_imports" USING btree ("file_sha256");