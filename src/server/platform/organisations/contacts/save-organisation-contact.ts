import { sql } from "drizzle-orm";
import {
  contactFields,
  type TOrganisationContact,
  type TOrganisationContactFields,
} from "../../../../common/platform/organisation-contact-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../../auth/actor-types.js";
import type { TDb } from "../../db/database.js";
import type { TApiLanguage } from "../../http/request-language.js";
import { findOrganisation } from "../find-organisation.js";
import { buildFieldProblem } from "../organisation-problems.js";
import { findOrganisationContact } from "./find-organisation-contact.js";
import { organisationContacts } from "./organisation-contact-tables.js";

/**
 * Replaces the contact point of the district or a municipal unit (providers keep theirs in the
 * offer directory). Audited with the names of the changed fields, in the same transaction.
 */
export async function saveOrganisationContact(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  organisationId: string,
  input: TOrganisationContactFields,
  language: TApiLanguage,
): Promise<TOrganisationContact> {
  const organisation = await findOrganisation(db, actor, organisationId, "update");
  if (organisation.kind === "provider") throw buildFieldProblem("organisationFieldsForKind", "officeName", language);
  return db.transaction(async (tx) => {
    const current = await findOrganisationContact(tx, organisationId);
    const changed = contactFields.filter((field) => current[field] !== input[field]);
    if (changed.length === 0) return current;
    await tx
      .insert(organisationContacts)
      .values({ organisationId, ...input })
      .onConflictDoUpdate({ target: organisationContacts.organisationId, set: { ...input, updatedAt: sql`now()` } });
    await recordAuditEvent(tx, audit, {
      action: "organisation.update",
      subjectType: "organisation",
      subjectId: organisationId,
      detail: { fields: changed.map((field) => `contact.${field}`) },
    });
    return findOrganisationContact(tx, organisationId);
  });
}
