import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { TConsentDecision, TConsentRecipientOptions } from "../../../common/arrival/consent-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";

/** The provider organisations a person may consent to share with, for the form's choice. */
export async function listConsentRecipientOptions(executor: TDbExecutor): Promise<TConsentRecipientOptions> {
  const rows = await executor
    .select({ id: organisations.id, name: organisations.name, providerType: organisations.providerType })
    .from(organisations)
    .where(and(eq(organisations.kind, "provider"), isNotNull(organisations.providerType)))
    .orderBy(asc(organisations.name));
  return {
    providers: rows.flatMap((row) => (row.providerType === null ? [] : [{ ...row, providerType: row.providerType }])),
  };
}

/** Every named recipient must be a provider organisation; each one that is not is pointed at. */
export async function assertProviderRecipients(
  executor: TDbExecutor,
  decisions: readonly TConsentDecision[],
): Promise<void> {
  const named = [...new Set(decisions.flatMap((decision) => decision.recipientOrganisationIds))];
  if (named.length === 0) return;
  const providers = await executor
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(inArray(organisations.id, named), eq(organisations.kind, "provider")));
  const providerIds = new Set(providers.map((provider) => provider.id));
  const violations = decisions.flatMap((decision, index) =>
    decision.recipientOrganisationIds.flatMap((id, position) =>
      providerIds.has(id)
        ? []
        : [
            {
              pointer: `/body/decisions/${index}/recipientOrganisationIds/${position}`,
              code: "consent_recipient_not_provider" as const,
            },
          ],
    ),
  );
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}
