import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TOfferStatus } from "../../../common/offers/offer.js";
import type {
  TOffer,
  TOfferRecordAction,
  TOfferRevisionSummary,
  TOfferSummary,
} from "../../../common/offers/offer-schemas.js";
import { users } from "../../platform/auth/auth-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { organisations } from "../../platform/organisations/organisation-tables.js";
import { offerRevisions, offers, offerTranslations } from "../offer-tables.js";
import { buildOfferReach, canReach, type TOfferCaller } from "./offer-caller.js";
import { readOfferContent } from "./offer-content-rows.js";

/** The German title, the fallback of every language. */
export const germanTitle = sql<string>`coalesce((select ${offerTranslations.title} from ${offerTranslations}
  where ${offerTranslations.offerId} = ${offers.id} and ${offerTranslations.language} = 'de'), '')`;

const hasPending = sql<boolean>`exists (select 1 from ${offerRevisions}
  where ${offerRevisions.offerId} = ${offers.id} and ${offerRevisions.status} = 'pending')`;

/** Offers with what a list shows of them, within the given condition. */
export function selectOfferSummaries(executor: TDbExecutor, where: SQL | undefined) {
  return executor
    .select({ offer: offers, providerName: organisations.name, title: germanTitle, hasPendingRevision: hasPending })
    .from(offers)
    .innerJoin(organisations, eq(organisations.id, offers.providerId))
    .where(where);
}

type TSummaryRow = Awaited<ReturnType<typeof selectOfferSummaries>>[number];

const editableStatuses = new Set<TOfferStatus>(["draft", "published"]);

/** What the caller may do with the offer now, by the policy and the offer's status. */
export function listOfferActions(
  caller: TOfferCaller,
  offer: { providerId: string; status: string; capacity: number | null },
  hasPendingRevision: boolean,
): TOfferRecordAction[] {
  const status = offer.status as TOfferStatus;
  const mayUpdate = canReach(caller, "update", offer.providerId);
  const actions: TOfferRecordAction[] = [];
  if (mayUpdate && editableStatuses.has(status)) actions.push("edit");
  if (mayUpdate && status === "draft") actions.push("submit");
  if (mayUpdate && status !== "withdrawn") actions.push("withdraw");
  if (mayUpdate && status !== "withdrawn" && offer.capacity !== null) actions.push("set_free_places");
  if (hasPendingRevision && canReach(caller, "review", offer.providerId)) actions.push("review");
  return actions;
}

export function toOfferSummary(caller: TOfferCaller, row: TSummaryRow): TOfferSummary {
  const { offer } = row;
  return {
    id: offer.id,
    providerId: offer.providerId,
    providerName: row.providerName,
    status: offer.status as TOfferStatus,
    title: row.title,
    category: offer.category as TOfferSummary["category"],
    version: offer.version,
    capacity: offer.capacity,
    freePlaces: offer.freePlaces,
    hasPendingRevision: row.hasPendingRevision,
    updatedAt: offer.updatedAt.toISOString(),
    publishedAt: offer.publishedAt?.toISOString() ?? null,
    allowedActions: listOfferActions(caller, offer, row.hasPendingRevision),
  };
}

/** One offer within the action's reach; another provider's offer is 404 like a missing one. */
export async function findOfferSummary(
  executor: TDbExecutor,
  caller: TOfferCaller,
  offerId: string,
  action: "read" | "update" = "read",
): Promise<TSummaryRow> {
  const [row] = await selectOfferSummaries(executor, and(eq(offers.id, offerId), buildOfferReach(caller, action)));
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

/**
 * A submission after the offer's first publication is a change; one before it (or of an offer
 * never published) is the offer's first version. published_at keeps the first publication.
 */
export function toRevisionKind(publishedAt: Date | null, submittedAt: Date): "new" | "change" {
  return publishedAt !== null && submittedAt > publishedAt ? "change" : "new";
}

const submitters = alias(users, "submitters");
const reviewers = alias(users, "reviewers");

/** An offer's submissions, newest first, with who submitted and who reviewed them. */
export async function listRevisionSummaries(
  executor: TDbExecutor,
  offer: { id: string; publishedAt: Date | null },
): Promise<TOfferRevisionSummary[]> {
  const rows = await executor
    .select({
      revision: offerRevisions,
      submittedByName: submitters.displayName,
      reviewedByName: reviewers.displayName,
    })
    .from(offerRevisions)
    .leftJoin(submitters, eq(submitters.id, offerRevisions.submittedBy))
    .leftJoin(reviewers, eq(reviewers.id, offerRevisions.reviewedBy))
    .where(eq(offerRevisions.offerId, offer.id))
    .orderBy(desc(offerRevisions.submittedAt), desc(offerRevisions.id));
  return rows.map(({ revision, submittedByName, reviewedByName }) => ({
    id: revision.id,
    status: revision.status as TOfferRevisionSummary["status"],
    kind: toRevisionKind(offer.publishedAt, revision.submittedAt),
    baseVersion: revision.baseVersion,
    submittedAt: revision.submittedAt.toISOString(),
    submittedByName,
    reviewedAt: revision.reviewedAt?.toISOString() ?? null,
    reviewedByName,
    reviewComment: revision.reviewComment,
  }));
}

/** The offer as its page shows it: summary, the content in force, and the submissions. */
export async function readOffer(executor: TDbExecutor, caller: TOfferCaller, offerId: string): Promise<TOffer> {
  const row = await findOfferSummary(executor, caller, offerId);
  const [content, revisions] = await Promise.all([
    readOfferContent(executor, row.offer),
    listRevisionSummaries(executor, row.offer),
  ]);
  return { ...toOfferSummary(caller, row), content, revisions };
}
