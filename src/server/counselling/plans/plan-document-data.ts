import { asc } from "drizzle-orm";
import {
  isPlanDocumentLanguage,
  type TIntegrationPlan,
  type TPlanDocumentLanguage,
} from "../../../common/counselling/plan-schemas.js";
import {
  findDocumentPerson,
  findTextDirection,
  type TDocumentPerson,
} from "../../arrival/documents/document-person.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { fieldsOfAction } from "../../platform/reference/reference-tables.js";
import type { TPlanAccess } from "./plan-access.js";
import { findPlan, findPlanPerson } from "./plan-view.js";

export type TPlanDocumentData = {
  language: TPlanDocumentLanguage;
  direction: "ltr" | "rtl";
  person: TDocumentPerson;
  plan: TIntegrationPlan;
  /** The reference data's German names, for codes the language's texts do not name. */
  fieldOfActionNames: ReadonlyMap<string, string>;
};

/** The language asked for; else the person's preferred one (its primary subtag) if the plan exists in it; else German. */
export function choosePlanLanguage(
  requested: TPlanDocumentLanguage | undefined,
  preferred: string | null,
): TPlanDocumentLanguage {
  if (requested) return requested;
  const primary = preferred?.split("-")[0]?.toLowerCase() ?? "";
  return isPlanDocumentLanguage(primary) ? primary : "de";
}

/**
 * Everything the printed plan shows, in one transaction: the person within the plan read scope
 * (else 404), their plan (none yet: 404), and the read audited as part "document" with its language.
 */
export function loadPlanDocumentData(
  db: TDb,
  access: TPlanAccess,
  personId: string,
  requested: TPlanDocumentLanguage | undefined,
): Promise<TPlanDocumentData> {
  return db.transaction(async (tx) => {
    await findPlanPerson(tx, access, personId);
    const person = await findDocumentPerson(tx, access.person, personId);
    const plan = await findPlan(tx, personId);
    if (!plan) throw new HttpProblem(404, "notFound");
    const language = choosePlanLanguage(requested, person.preferredLanguage);
    const names = await tx
      .select({ code: fieldsOfAction.code, nameDe: fieldsOfAction.nameDe })
      .from(fieldsOfAction)
      .orderBy(asc(fieldsOfAction.position));
    await recordAuditEvent(tx, access.auditFor("read"), {
      action: "integration_plan.read",
      subjectType: "integration_plan",
      subjectId: plan.id,
      personId,
      detail: { part: "document", language },
    });
    return {
      language,
      direction: await findTextDirection(tx, language),
      person,
      plan,
      fieldOfActionNames: new Map(names.map((row) => [row.code, row.nameDe])),
    };
  });
}
