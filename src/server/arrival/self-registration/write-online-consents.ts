import { and, desc, eq, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { portalConsentPurposes } from "../../../common/arrival/self-registration.js";
import { recordAuditEvent, type TAuditContext } from "../../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { describeConsentForAudit } from "../consent/consent-audit.js";
import { consents, privacyNotices } from "../consent/consent-tables.js";
import type { selfRegistrations } from "./self-registration-tables.js";

const later = alias(consents, "later");

/**
 * The portal's consent decisions as consent records of the person: one per purpose, granted or
 * refused, online, under the notice and in the notice's language, given when the form was sent, each
 * with its audit event. A decision the person already had on record is superseded (consents are
 * immutable) — unless that one was given after the form was sent: the newer decision stands.
 */
export async function writeOnlineConsents(
  executor: TDbExecutor,
  personId: string,
  registration: typeof selfRegistrations.$inferSelect,
  recordedBy: string | null,
  audit: TAuditContext,
): Promise<void> {
  // The notice may have been the German fallback of the form's language: record the language it was shown in.
  const [notice] = await executor
    .select({ language: privacyNotices.language })
    .from(privacyNotices)
    .where(eq(privacyNotices.id, registration.privacyNoticeId));
  for (const purpose of portalConsentPurposes) {
    const [current] = await executor
      .select({ id: consents.id, givenAt: consents.givenAt })
      .from(consents)
      .where(
        and(
          eq(consents.personId, personId),
          eq(consents.purpose, purpose),
          notExists(executor.select({ one: sql`1` }).from(later).where(eq(later.supersedesId, consents.id))),
        ),
      )
      .orderBy(desc(consents.givenAt), desc(consents.recordedAt))
      .limit(1);
    if (current && current.givenAt > registration.submittedAt) continue;
    const [row] = await executor
      .insert(consents)
      .values({
        personId,
        purpose,
        isGranted: registration.consentDecisions[purpose],
        privacyNoticeId: registration.privacyNoticeId,
        language: notice?.language ?? registration.portalLanguage,
        channel: "online",
        givenAt: registration.submittedAt,
        supersedesId: current?.id ?? null,
        recordedBy,
      })
      .returning();
    if (!row) throw new Error("consent not written");
    await recordAuditEvent(executor, audit, {
      action: "consent.record",
      subjectType: "consent",
      subjectId: row.id,
      personId,
      detail: describeConsentForAudit(row),
    });
  }
}
