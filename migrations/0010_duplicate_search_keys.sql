ALTER TABLE "persons" ADD COLUMN "given_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "family_keys" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "family_normalised" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX "persons_family_keys" ON "persons" USING gin ("family_keys");--> statement-breakpoint
CREATE INDEX "persons_family_trigram" ON "persons" USING gin ("family_normalised" gin_trgm_ops);