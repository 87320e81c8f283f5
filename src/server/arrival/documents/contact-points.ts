import { and, asc, eq } from "drizzle-orm";
import {
  contactFields,
  type TOrganisationContactFields,
} from "../../../common/platform/organisation-contact-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { organisationContacts } from "../../platform/organisations/contacts/organisation-contact-tables.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";

export type TContactPoint = TOrganisationContactFields & { organisationName: string };

/** A contact point only counts when something was entered; a row of empty fields is no contact. */
function toContactPoint(row: TContactPoint | undefined): TContactPoint | null {
  if (!row) return null;
  return contactFields.some((field) => row[field] !== null) ? row : null;
}

const contactColumns = {
  organisationName: organisations.name,
  officeName: organisationContacts.officeName,
  street: organisationContacts.street,
  postalCode: organisationContacts.postalCode,
  city: organisationContacts.city,
  phone: organisationContacts.phone,
  email: organisationContacts.email,
  website: organisationContacts.website,
  openingHours: organisationContacts.openingHours,
};

/** The municipal unit's contact point (the oldest organisation of that unit, should there be several). */
export async function findMunicipalContact(executor: TDbExecutor, municipalUnitKey: string) {
  const [row] = await executor
    .select(contactColumns)
    .from(organisations)
    .innerJoin(organisationContacts, eq(organisationContacts.organisationId, organisations.id))
    .where(and(eq(organisations.kind, "municipal_unit"), eq(organisations.municipalUnitKey, municipalUnitKey)))
    .orderBy(asc(organisations.createdAt))
    .limit(1);
  return toContactPoint(row);
}

/** The district's migration centre, from the district organisation's contact point. */
export async function findDistrictContact(executor: TDbExecutor, districtAgs: string) {
  const [row] = await executor
    .select(contactColumns)
    .from(organisations)
    .innerJoin(organisationContacts, eq(organisationContacts.organisationId, organisations.id))
    .where(and(eq(organisations.kind, "district"), eq(organisations.districtAgs, districtAgs)))
    .orderBy(asc(organisations.createdAt))
    .limit(1);
  return toContactPoint(row);
}
