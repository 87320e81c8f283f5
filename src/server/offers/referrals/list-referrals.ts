import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type {
  TCaseworkerReferralsQuery,
  TInboxQuery,
  TReferralList,
  TReferralSide,
} from "../../../common/offers/referral-schemas.js";
import { persons } from "../../arrival/arrival-tables.js";
import { recordAuditEvents } from "../../platform/audit/record-audit-event.js";
import type { TDb } from "../../platform/db/database.js";
import type { TReferralAccess } from "./referral-access.js";
import { offerTitle, personNameForCaseworker, selectReferrals, toReferralSummary } from "./referral-records.js";
import { referrals } from "./referral-tables.js";

const sortColumns = {
  "-sentAt": [desc(referrals.sentAt), asc(referrals.id)],
  sentAt: [asc(referrals.sentAt), asc(referrals.id)],
  "-updatedAt": [desc(referrals.updatedAt), asc(referrals.id)],
} as const;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

type TListQuery = Pick<TInboxQuery, "status" | "search" | "sort" | "page" | "pageSize">;

async function listPage(
  db: TDb,
  access: TReferralAccess,
  side: TReferralSide,
  personName: SQL<string | null>,
  conditions: (SQL | undefined)[],
  query: TListQuery,
): Promise<TReferralList> {
  return db.transaction(async (tx) => {
    const pattern = query.search ? `%${escapeLike(query.search)}%` : null;
    const where = and(
      ...conditions,
      query.status ? eq(referrals.status, query.status) : undefined,
      pattern ? or(ilike(personName, pattern), ilike(offerTitle, pattern)) : undefined,
    );
    const [rows, [count]] = await Promise.all([
      selectReferrals(tx, personName)
        .where(where)
        .orderBy(...sortColumns[query.sort])
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize),
      tx
        .select({ total: sql<number>`count(*)::int` })
        .from(referrals)
        .innerJoin(persons, eq(persons.id, referrals.personId))
        .where(where),
    ]);
    const named = rows.filter((row) => row.personName !== null);
    await recordAuditEvents(
      tx,
      access.audit,
      named.map((row) => ({
        action: "person.read",
        subjectType: "person",
        subjectId: row.personId,
        personId: row.personId,
        detail: { part: side === "provider" ? "referral_inbox" : "referral_list", fields: ["name"] },
      })),
    );
    return {
      items: rows.map((row) => toReferralSummary(row, side)),
      total: count?.total ?? 0,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/**
 * The provider's inbox: referrals to its organisations ("for us"), or those waiting for its answer.
 * The person's name shows only where the field set shares it and consent is valid now.
 */
export function listInbox(db: TDb, access: TReferralAccess, query: TInboxQuery): Promise<TReferralList> {
  const organisationIds = access.providerOrganisationIds("list");
  const sharedName = sql<string | null>`case when 'name' = any(${referrals.fieldCodes})
    and ${access.providerSharingCondition()} then ${personNameForCaseworker} end`;
  return listPage(
    db,
    access,
    "provider",
    sharedName,
    [
      organisationIds.length > 0 ? inArray(referrals.providerId, organisationIds) : sql`false`,
      query.view === "waiting" ? eq(referrals.status, "sent") : undefined,
    ],
    query,
  );
}

/**
 * The caseworker's views, always within the person scope: sent by me, by my team (the
 * organisations the actor works for), and my team's referrals waiting for an answer.
 */
export function listSentReferrals(
  db: TDb,
  access: TReferralAccess,
  query: TCaseworkerReferralsQuery,
): Promise<TReferralList> {
  const teamIds = access.caseworkerOrganisationIds("list");
  const byTeam = teamIds.length > 0 ? inArray(referrals.sentByOrganisationId, teamIds) : sql`false`;
  const view = {
    sent_by_me: access.actorUserId === null ? sql`false` : eq(referrals.sentBy, access.actorUserId),
    my_team: byTeam,
    waiting: and(byTeam, eq(referrals.status, "sent")),
  }[query.view];
  return listPage(
    db,
    access,
    "caseworker",
    personNameForCaseworker,
    [access.caseworkerScope("list"), view, query.personId ? eq(referrals.personId, query.personId) : undefined],
    query,
  );
}
