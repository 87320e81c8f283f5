CREATE TABLE "portal_page_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"page_id" uuid NOT NULL,
	"language" text NOT NULL,
	"helpful" boolean NOT NULL,
	"day" date DEFAULT current_date NOT NULL,
	CONSTRAINT "portal_page_feedback_language" CHECK (language in ('de', 'de-x-easy', 'en', 'uk', 'ar', 'tr', 'ru', 'fa', 'ro', 'bg', 'pl'))
);
--> statement-breakpoint
ALTER TABLE "portal_page_feedback" ADD CONSTRAINT "portal_page_feedback_page_id_portal_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."portal_pages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_page_feedback_page" ON "portal_page_feedback" USING btree ("page_id","language");