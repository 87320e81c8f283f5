import { and, eq, sql } from "drizzle-orm";
import {
  type TConsentDecision,
  type TConsentRecord,
  type TConsentRecording,
  type TConsentWithdrawal,
  type TPersonConsents,
  toRecipientKey,
} from "../../../common/arrival/consent-schemas.js";
import type { TPersonRecordAction } from "../../../common/arrival/person-schemas.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { persons } from "../arrival-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";
import { describeConsentForAudit } from "./consent-audit.js";
import { assertProviderRecipients } from "./consent-recipients.js";
import { listConsentRecords, listRecipientNames } from "./consent-records.js";
import { consents, privacyNotices } from "./consent-tables.js";

/** The current record a new decision replaces: the same purpose, for sharing the same recipients. */
function findSuperseded(current: readonly TConsentRecord[], decision: TConsentDecision): TConsentRecord | undefined {
  return current.find(
    (record) =>
      record.purpose === decision.purpose &&
      (decision.purpose !== "provider_sharing" || toRecipientKey(record) === toRecipientKey(decision)),
  );
}

/** What was decided, by record id: the recipients stay in the record itself. */
/**
 * Consents through the person data access layer: the person must be in the actor's scope (read
 * to see, update to record), every record is immutable, and each change supersedes the record in
 * force in the same transaction as its audit event. The person row is locked while recording, so
 * two desks recording at once take turns instead of both superseding the same record.
 */
export function createConsentAccess(db: TDb, access: TPersonAccess) {
  async function findInScope(executor: TDbExecutor, id: string, action: "read" | "update") {
    const query = executor
      .select({ id: persons.id, canUpdate: sql<boolean>`(${access.scopeFor("update")})` })
      .from(persons)
      .where(and(eq(persons.id, id), access.scopeFor(action)));
    const [row] = action === "update" ? await query.for("update", { of: persons }) : await query;
    if (!row) throw new HttpProblem(404, "notFound");
    return row;
  }

  async function noticeLanguage(executor: TDbExecutor, id: string): Promise<string> {
    const [notice] = await executor
      .select({ language: privacyNotices.language })
      .from(privacyNotices)
      .where(eq(privacyNotices.id, id));
    if (!notice) throw new FieldRuleViolation([{ pointer: "/body/privacyNoticeId", code: "privacy_notice_unknown" }]);
    return notice.language;
  }

  return {
    read(personId: string): Promise<TPersonConsents> {
      return db.transaction(async (tx) => {
        const person = await findInScope(tx, personId, "read");
        const history = await listConsentRecords(tx, personId);
        await access.recordRead(tx, personId, "consents");
        const allowedActions: TPersonRecordAction[] = person.canUpdate ? ["read", "update"] : ["read"];
        return {
          current: history.filter((record) => record.supersededById === null),
          history,
          organisations: await listRecipientNames(tx, history),
          allowedActions,
        };
      });
    },

    record(personId: string, recording: TConsentRecording): Promise<TConsentRecord[]> {
      return db.transaction(async (tx) => {
        await findInScope(tx, personId, "update");
        const language = await noticeLanguage(tx, recording.privacyNoticeId);
        await assertProviderRecipients(tx, recording.decisions);
        const current = (await listConsentRecords(tx, personId)).filter((record) => record.supersededById === null);
        const audit = access.auditFor("update");
        const rows = await tx
          .insert(consents)
          .values(
            recording.decisions.map((decision) => ({
              personId,
              purpose: decision.purpose,
              isGranted: decision.isGranted,
              recipientOrganisationIds: [...decision.recipientOrganisationIds].sort(),
              recipientProviderTypes: [...decision.recipientProviderTypes].sort(),
              privacyNoticeId: recording.privacyNoticeId,
              language,
              channel: "in_person" as const,
              givenAt: new Date(recording.givenAt),
              supersedesId: findSuperseded(current, decision)?.id ?? null,
              recordedBy: audit.actorUserId,
            })),
          )
          .returning();
        await recordAuditEvents(
          tx,
          audit,
          rows.map((row) => ({
            action: "consent.record",
            subjectType: "consent",
            subjectId: row.id,
            personId,
            detail: describeConsentForAudit(row),
            ...(recording.purpose ? { purpose: recording.purpose } : {}),
          })),
        );
        const ids = new Set(rows.map((row) => row.id));
        return (await listConsentRecords(tx, personId)).filter((record) => ids.has(record.id));
      });
    },

    /** A withdrawal is a refusal superseding the granted record, under the same notice and recipients. */
    withdraw(personId: string, consentId: string, withdrawal: TConsentWithdrawal): Promise<TConsentRecord> {
      return db.transaction(async (tx) => {
        await findInScope(tx, personId, "update");
        const records = await listConsentRecords(tx, personId);
        const withdrawn = records.find((record) => record.id === consentId);
        if (!withdrawn) throw new HttpProblem(404, "notFound");
        if (!withdrawn.isGranted || withdrawn.supersededById !== null) {
          throw new FieldRuleViolation([{ pointer: "/params/consentId", code: "consent_not_current" }]);
        }
        if (withdrawal.givenAt !== undefined && Date.parse(withdrawal.givenAt) < Date.parse(withdrawn.givenAt)) {
          throw new FieldRuleViolation([{ pointer: "/body/givenAt", code: "withdrawal_before_consent" }]);
        }
        const audit = access.auditFor("update");
        const [row] = await tx
          .insert(consents)
          .values({
            personId,
            purpose: withdrawn.purpose,
            isGranted: false,
            recipientOrganisationIds: withdrawn.recipientOrganisationIds,
            recipientProviderTypes: withdrawn.recipientProviderTypes,
            privacyNoticeId: withdrawn.privacyNotice.id,
            language: withdrawn.language,
            channel: "in_person",
            givenAt: withdrawal.givenAt ? new Date(withdrawal.givenAt) : sql`now()`,
            supersedesId: withdrawn.id,
            recordedBy: audit.actorUserId,
          })
          .returning();
        if (!row) throw new Error("withdrawal not recorded");
        await recordAuditEvents(tx, audit, [
          {
            action: "consent.withdraw",
            subjectType: "consent",
            subjectId: row.id,
            personId,
            detail: describeConsentForAudit(row),
            ...(withdrawal.purpose ? { purpose: withdrawal.purpose } : {}),
          },
        ]);
        const [created] = (await listConsentRecords(tx, personId)).filter((record) => record.id === row.id);
        if (!created) throw new Error("withdrawal not found after insert");
        return created;
      });
    },
  };
}
