import { eq } from "drizzle-orm";
import type { TOrganisationContact } from "../../../../common/platform/organisation-contact-schemas.js";
import type { TDbExecutor } from "../../db/database.js";
import { organisationContacts } from "./organisation-contact-tables.js";

/** The stored contact point, or one with every field empty. Callers check access to the organisation first. */
export async function findOrganisationContact(db: TDbExecutor, organisationId: string): Promise<TOrganisationContact> {
  const [row] = await db
    .select()
    .from(organisationContacts)
    .where(eq(organisationContacts.organisationId, organisationId));
  if (!row) {
    return {
      organisationId,
      officeName: null,
      street: null,
      postalCode: null,
      city: null,
      phone: null,
      email: null,
      website: null,
      openingHours: null,
      updatedAt: null,
    };
  }
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}
