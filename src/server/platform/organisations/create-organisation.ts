import { eq } from "drizzle-orm";
import type { TOrganisation, TOrganisationCreate } from "../../../common/platform/organisation-schemas.js";
import { recordAuditEvent, type TAuditContext } from "../audit/record-audit-event.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import type { TApiLanguage } from "../http/request-language.js";
import { districts, municipalUnits } from "../reference/reference-tables.js";
import { findOrganisation } from "./find-organisation.js";
import { buildFieldProblem } from "./organisation-problems.js";
import { organisations } from "./organisation-tables.js";

/** A 422 at the field unless the municipal administration exists in the reference data. */
export async function assertMunicipalUnitExists(db: TDbExecutor, key: string, language: TApiLanguage) {
  const [unit] = await db.select({ key: municipalUnits.key }).from(municipalUnits).where(eq(municipalUnits.key, key));
  if (!unit) throw buildFieldProblem("municipalUnitUnknown", "municipalUnitKey", language);
}

/** Creates an organisation in this installation's district; audited in the same transaction. */
export async function createOrganisation(
  db: TDb,
  actor: TAuthenticatedActor,
  audit: TAuditContext,
  input: TOrganisationCreate,
  language: TApiLanguage,
): Promise<TOrganisation> {
  if (input.kind === "municipal_unit") await assertMunicipalUnitExists(db, input.municipalUnitKey, language);
  return db.transaction(async (tx) => {
    const [district] = await tx.select({ ags: districts.ags }).from(districts).limit(1);
    if (!district) throw new Error("reference data has no district");
    const [created] = await tx
      .insert(organisations)
      .values({
        kind: input.kind,
        name: input.name,
        districtAgs: district.ags,
        municipalUnitKey: input.kind === "municipal_unit" ? input.municipalUnitKey : null,
        providerType: input.kind === "provider" ? input.providerType : null,
      })
      .returning({ id: organisations.id });
    if (!created) throw new Error("organisation not created");
    await recordAuditEvent(tx, audit, {
      action: "organisation.create",
      subjectType: "organisation",
      subjectId: created.id,
      detail: { kind: input.kind },
    });
    return findOrganisation(tx, actor, created.id, "read");
  });
}
