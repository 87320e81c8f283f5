import { and, eq } from "drizzle-orm";
import type { TReferral, TReferralInputParsed, TReferralPreview } from "../../../common/offers/referral-schemas.js";
import { consents } from "../../arrival/consent/consent-tables.js";
import { needs } from "../../counselling/assessments/assessment-tables.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation, HttpProblem } from "../../platform/http/problems.js";
import { readReferral } from "./read-referral.js";
import type { TReferralAccess } from "./referral-access.js";
import { readSharedData } from "./referral-shared-data.js";
import { referralEvents, referrals } from "./referral-tables.js";
import { resolveTarget } from "./referral-target.js";

async function assertNeedOfPerson(executor: TDbExecutor, personId: string, needId: string | null): Promise<void> {
  if (needId === null) return;
  const [need] = await executor
    .select({ id: needs.id })
    .from(needs)
    .where(and(eq(needs.id, needId), eq(needs.personId, personId)));
  if (!need) throw new FieldRuleViolation([{ pointer: "/body/needId", code: "referral_need_unknown" }]);
}

/** The organisation a caseworker sends for: the first one whose person area allows sending. */
function sendingOrganisationOf(access: TReferralAccess): string {
  const [organisationId] = access.caseworkerOrganisationIds("send");
  if (organisationId === undefined) throw new HttpProblem(404, "notFound");
  return organisationId;
}

/**
 * What a referral would share, before it is sent: the recipient, whether consent allows it now
 * (and which record), and the exact values of the field set. Audited as a preview of the person.
 */
export function previewReferral(
  db: TDb,
  access: TReferralAccess,
  personId: string,
  input: TReferralInputParsed,
): Promise<TReferralPreview> {
  return db.transaction(async (tx) => {
    const target = await resolveTarget(tx, input.target);
    const consentId = await access.lockPersonForSending(tx, personId, target.recipient);
    await assertNeedOfPerson(tx, personId, input.needId);
    const sharedData = await readSharedData(
      tx,
      personId,
      input.fieldCodes,
      input.needId,
      access.caseworkerScope("send"),
    );
    if (!sharedData) throw new HttpProblem(404, "notFound");
    const [consent] = consentId
      ? await tx.select({ givenAt: consents.givenAt }).from(consents).where(eq(consents.id, consentId))
      : [];
    await recordAuditEvent(tx, access.audit, {
      action: "referral.preview",
      subjectType: "person",
      subjectId: personId,
      personId,
      detail: { targetKind: input.target.kind, fieldCodes: input.fieldCodes },
    });
    return {
      recipientName: target.recipientName,
      offerIsActive: target.offerIsActive,
      consent: { isValid: consentId !== null, consentId, givenAt: consent ? consent.givenAt.toISOString() : null },
      fieldCodes: input.fieldCodes,
      sharedData,
    };
  });
}

/**
 * Sends a referral: the person within the caseworker's scope, the offer active, the need the
 * person's, and the person's consent to share with the recipient valid now — checked in the same
 * locked query and stored with the referral. The first event and the audit entry commit with it.
 */
export async function sendReferral(
  db: TDb,
  access: TReferralAccess,
  personId: string,
  input: TReferralInputParsed,
): Promise<TReferral> {
  const referralId = await db.transaction(async (tx) => {
    const organisationId = sendingOrganisationOf(access);
    const target = await resolveTarget(tx, input.target);
    const consentId = await access.lockPersonForSending(tx, personId, target.recipient);
    if (!target.offerIsActive) {
      throw new FieldRuleViolation([{ pointer: "/body/target/offerId", code: "referral_offer_inactive" }]);
    }
    await assertNeedOfPerson(tx, personId, input.needId);
    if (consentId === null)
      throw new FieldRuleViolation([{ pointer: "/body/target", code: "referral_consent_missing" }]);
    const [referral] = await tx
      .insert(referrals)
      .values({
        personId,
        ...target.columns,
        needId: input.needId,
        purpose: input.purpose,
        fieldCodes: input.fieldCodes,
        matchSnapshot: input.matchSnapshot,
        consentId,
        sentBy: access.actorUserId,
        sentByOrganisationId: organisationId,
      })
      .returning({ id: referrals.id });
    if (!referral) throw new Error("referral insert returned no row");
    await tx.insert(referralEvents).values({ referralId: referral.id, toStatus: "sent", byUserId: access.actorUserId });
    await recordAuditEvent(tx, access.audit, {
      action: "referral.send",
      subjectType: "referral",
      subjectId: referral.id,
      personId,
      detail: { targetKind: input.target.kind, fieldCodes: input.fieldCodes, consentId },
    });
    return referral.id;
  });
  return readReferral(db, access, referralId);
}
