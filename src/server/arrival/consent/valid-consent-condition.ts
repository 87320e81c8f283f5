import { type SQL, sql } from "drizzle-orm";
import type { TConsentPurpose } from "../../../common/arrival/consent.js";
import type { TProviderType } from "../../../common/platform/organisations.js";
import { persons } from "../arrival-tables.js";
import { consents } from "./consent-tables.js";

/**
 * Who would receive a person's data: a provider organisation, and its provider type when it has
 * one; a provider outside the platform has only a type (no organisation can be named).
 */
export type TConsentRecipient = { organisationId: string | null; providerType: TProviderType | null };

/** Records in force: no later record supersedes them. */
const isCurrent = (alias: string) =>
  sql`not exists (select 1 from ${consents} as "later_consent" where "later_consent"."supersedes_id" = ${sql.identifier(alias)}."id")`;

/**
 * A column (is_granted or id) of the person's latest provider_sharing record in force that matches
 * `matches`; null when none matches.
 */
function latestDecision(matches: SQL, column: "is_granted" | "id" = "is_granted"): SQL {
  return sql`(select "decision".${sql.identifier(column)} from ${consents} as "decision"
    where "decision"."person_id" = ${persons.id} and "decision"."purpose" = 'provider_sharing'
      and ${matches} and ${isCurrent("decision")}
    order by "decision"."given_at" desc, "decision"."recorded_at" desc limit 1)`;
}

/**
 * Sharing with one provider: the person's latest record in force that names the organisation
 * decides; only when none names it does the latest record naming its provider type decide. So a
 * refusal by name outweighs any consent for the whole type, and a later refusal naming one of
 * several organisations consented to together takes that one out.
 */
function buildSharingCondition(recipient: TConsentRecipient): SQL {
  const { byName, byType } = sharingDecisions(recipient, "is_granted");
  return sql`coalesce(${byName}, ${byType}, false)`;
}

function sharingDecisions(recipient: TConsentRecipient, column: "is_granted" | "id") {
  const none = column === "id" ? sql`null::uuid` : sql`null::boolean`;
  return {
    byName:
      recipient.organisationId === null
        ? none
        : latestDecision(sql`${recipient.organisationId}::uuid = any("decision"."recipient_organisation_ids")`, column),
    byType:
      recipient.providerType === null
        ? none
        : latestDecision(sql`${recipient.providerType} = any("decision"."recipient_provider_types")`, column),
  };
}

/**
 * The id of the consent record that allows sharing with the recipient now (the deciding record of
 * buildSharingCondition), over `persons`; null when sharing is not allowed. A referral stores it.
 */
export function buildSharingConsentId(recipient: TConsentRecipient): SQL<string | null> {
  const { byName, byType } = sharingDecisions(recipient, "id");
  return sql<string | null>`case when ${buildSharingCondition(recipient)} then coalesce(${byName}, ${byType}) end`;
}

/**
 * The SQL condition on `persons` that the person's consent for the purpose is valid now: a granted
 * record that no later record supersedes. Evaluated inside the query that uses it, so a withdrawal
 * (a new superseding record) takes effect in the very next query. For provider_sharing, the
 * person's latest decision about the recipient counts: by name first, else by its provider type
 * (buildSharingCondition). For a referral module's `TPersonScopeContribution`.
 */
export function buildValidConsentCondition(purpose: "provider_sharing", recipient: TConsentRecipient): SQL;
export function buildValidConsentCondition(purpose: Exclude<TConsentPurpose, "provider_sharing">): SQL;
export function buildValidConsentCondition(purpose: TConsentPurpose, recipient?: TConsentRecipient): SQL {
  if (recipient) return buildSharingCondition(recipient);
  return sql`exists (select 1 from ${consents} as "valid_consent"
    where "valid_consent"."person_id" = ${persons.id} and "valid_consent"."purpose" = ${purpose}
      and "valid_consent"."is_granted" and ${isCurrent("valid_consent")})`;
}

/**
 * The condition on `persons` for being counted in indicators: a valid consent to statistics.
 * Persons who refused, withdrew or were never asked are left out.
 */
export function buildCountsInStatisticsCondition(): SQL {
  return buildValidConsentCondition("statistics");
}
