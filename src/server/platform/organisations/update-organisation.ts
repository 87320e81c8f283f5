import { eq } from "drizzle-orm";
import type { TOrganisation, TOrganisationUpdate } from "../../../common/platform/organisation-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDb } from "../db/database.js";
import type { TApiLanguage } from "../http/request-language.js";
import { assertMunicipalUnitExists } from "./create-organisation.js";
import { findOrganisation } from "./find-organisation.js";
import { buildFieldProblem } from "./organisation-problems.js";
import { organisations } from "./organisation-tables.js";

/** Changes name and the fields of the organisation's kind (never the kind); audited with the changed field names. */
export async function updateOrganisation(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  id: string,
  input: TOrganisationUpdate,
  language: TApiLanguage,
): Promise<TOrganisation> {
  const current = await findOrganisation(db, actor, id, "update");
  if (input.municipalUnitKey !== undefined) {
    if (current.kind !== "municipal_unit")
      throw buildFieldProblem("organisationFieldsForKind", "municipalUnitKey", language);
    await assertMunicipalUnitExists(db, input.municipalUnitKey, language);
  }
  if (input.providerType !== undefined && current.kind !== "provider") {
    throw buildFieldProblem("organisationFieldsForKind", "providerType", language);
  }
  const changes = Object.fromEntries(
    Object.entries(input).filter(
      ([key, value]) => value !== undefined && current[key as keyof TOrganisation] !== value,
    ),
  ) as TOrganisationUpdate;
  if (Object.keys(changes).length === 0) return current;
  return db.transaction(async (tx) => {
    await tx.update(organisations).set(changes).where(eq(organisations.id, id));
    await recordAuditEvent(tx, audit, {
      action: "organisation.update",
      subjectType: "organisation",
      subjectId: id,
      detail: { fields: Object.keys(changes) },
    });
    return findOrganisation(tx, actor, id, "read");
  });
}
