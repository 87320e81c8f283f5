-- Offers made before the directory keep their German text as a translation and count as published.
INSERT INTO "offer_translations" ("offer_id", "language", "title", "description")
  SELECT "id", 'de', "title_de", "description_de" FROM "offers";--> statement-breakpoint
UPDATE "offers" SET "status" = 'published', "published_at" = "created_at";--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "title_de";--> statement-breakpoint
ALTER TABLE "offers" DROP COLUMN "description_de";
