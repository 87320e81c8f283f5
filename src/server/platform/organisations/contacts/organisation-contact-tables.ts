import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { organisations } from "../organisation-tables.js";

/**
 * The contact point of the district (its migration centre) or of a municipal unit, as printed in
 * the welcome letter. One row per organisation; no row means nothing was entered yet.
 */
export const organisationContacts = pgTable("organisation_contacts", {
  organisationId: uuid("organisation_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  officeName: text("office_name"),
  street: text("street"),
  postalCode: text("postal_code"),
  city: text("city"),
  phone: text("phone"),
  email: text("email"),
  website: text("website"),
  openingHours: text("opening_hours"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
