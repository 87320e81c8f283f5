ALTER TABLE "portal_pages" ADD COLUMN "copied_german_version" integer;--> statement-breakpoint
ALTER TABLE "portal_pages" ADD COLUMN "published_at" timestamp with time zone;