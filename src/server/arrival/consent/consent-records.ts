import { desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { TConsentRecord } from "../../../common/arrival/consent-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { consents, privacyNotices } from "./consent-tables.js";

/** The record that replaced this one (at most one: supersedes_id is unique). */
const supersededById = sql<
  string | null
>`(select "later_consent"."id" from ${consents} as "later_consent" where "later_consent"."supersedes_id" = ${consents.id})`;

/** Every consent record of one person, newest first, with its notice and what superseded it. */
export async function listConsentRecords(executor: TDbExecutor, personId: string): Promise<TConsentRecord[]> {
  const rows = await executor
    .select({
      ...getTableColumns(consents),
      noticeVersion: privacyNotices.version,
      noticeLanguage: privacyNotices.language,
      recordedBy: users.displayName,
      supersededById,
    })
    .from(consents)
    .innerJoin(privacyNotices, eq(privacyNotices.id, consents.privacyNoticeId))
    .leftJoin(users, eq(users.id, consents.recordedBy))
    .where(eq(consents.personId, personId))
    .orderBy(desc(consents.givenAt), desc(consents.recordedAt));
  return rows.map(({ recordedBy, supersededById, noticeVersion, noticeLanguage, ...consent }) => ({
    id: consent.id,
    purpose: consent.purpose,
    isGranted: consent.isGranted,
    recipientOrganisationIds: consent.recipientOrganisationIds,
    recipientProviderTypes: consent.recipientProviderTypes,
    privacyNotice: { id: consent.privacyNoticeId, version: noticeVersion, language: noticeLanguage },
    language: consent.language,
    channel: consent.channel,
    givenAt: consent.givenAt.toISOString(),
    recordedAt: consent.recordedAt.toISOString(),
    recordedBy: recordedBy ?? null,
    supersedesId: consent.supersedesId,
    supersededById: supersededById ?? null,
  }));
}

/** The names of the provider organisations the records name. */
export async function listRecipientNames(
  executor: TDbExecutor,
  records: readonly TConsentRecord[],
): Promise<{ id: string; name: string }[]> {
  const ids = [...new Set(records.flatMap((record) => record.recipientOrganisationIds))];
  if (ids.length === 0) return [];
  return executor
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, ids));
}
