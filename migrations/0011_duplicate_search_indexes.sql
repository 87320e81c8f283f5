CREATE INDEX "persons_given_keys" ON "persons" USING gin ("given_keys");--> statement-breakpoint
CREATE INDEX "persons_birth_year" ON "persons" USING btree ("birth_year");