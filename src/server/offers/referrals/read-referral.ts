import { and, eq, inArray, sql } from "drizzle-orm";
import type { TReferral, TReferralSide } from "../../../common/offers/referral-schemas.js";
import { recordAuditEvent } from "../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import type { TReferralAccess } from "./referral-access.js";
import {
  findReferralEvents,
  noPersonName,
  personNameForCaseworker,
  selectReferrals,
  toReferral,
  toReferralSummary,
} from "./referral-records.js";
import { readSharedData } from "./referral-shared-data.js";
import { referrals } from "./referral-tables.js";

/** The provider side of a referral read: its row when it goes to one of the actor's provider organisations. */
function selectForProvider(executor: TDbExecutor, access: TReferralAccess, referralId: string) {
  const organisationIds = access.providerOrganisationIds("read");
  if (organisationIds.length === 0) return Promise.resolve([]);
  return selectReferrals(executor, noPersonName).where(
    and(eq(referrals.id, referralId), inArray(referrals.providerId, organisationIds)),
  );
}

function selectForCaseworker(executor: TDbExecutor, access: TReferralAccess, referralId: string) {
  return selectReferrals(executor, personNameForCaseworker).where(
    and(eq(referrals.id, referralId), access.caseworkerScope("read")),
  );
}

/**
 * One referral with its history. The provider gets the field set's values while the referral is
 * active and consent is valid now — read under the sharing condition, audited as a read of the
 * person's "referral" part — and no values otherwise. The caseworker sees the referral, not the
 * shared copy (the file is theirs). Anyone else: 404.
 */
export function readReferral(db: TDb, access: TReferralAccess, referralId: string): Promise<TReferral> {
  return db.transaction(async (tx) => {
    let side: TReferralSide = "provider";
    let [row] = await selectForProvider(tx, access, referralId);
    if (!row) {
      side = "caseworker";
      [row] = await selectForCaseworker(tx, access, referralId);
    }
    if (!row) throw new HttpProblem(404, "notFound");
    const sharedData =
      side === "provider"
        ? await readSharedData(
            tx,
            row.personId,
            row.fieldCodes,
            row.needId,
            sql`exists (select 1 from ${referrals} where ${referrals.id} = ${referralId}
              and ${access.providerSharingCondition()})`,
          )
        : null;
    if (sharedData) {
      await recordAuditEvent(tx, access.audit, {
        action: "person.read",
        subjectType: "person",
        subjectId: row.personId,
        personId: row.personId,
        detail: { part: "referral", fields: row.fieldCodes },
      });
    }
    await recordAuditEvent(tx, access.audit, {
      action: "referral.read",
      subjectType: "referral",
      subjectId: referralId,
      personId: row.personId,
      detail: { side, fieldCodes: sharedData ? row.fieldCodes : [] },
    });
    const events = (await findReferralEvents(tx, [referralId])).get(referralId) ?? [];
    return toReferral(toReferralSummary(row, side), events, sharedData);
  });
}
