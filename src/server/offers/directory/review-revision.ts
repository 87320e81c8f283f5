import { and, eq, sql } from "drizzle-orm";
import type { TOfferRevision, TRejection } from "../../../common/offers/offer-schemas.js";
import type { TDb, TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { offerRevisions, offers } from "../offer-tables.js";
import { auditOfferChange } from "./offer-audit.js";
import { buildOfferReach, type TOfferCaller } from "./offer-caller.js";
import { readOfferContent, replaceOfferTexts, toContentColumns } from "./offer-content-rows.js";
import { diffOfferContent } from "./offer-diff.js";
import { findOfferSummary, listRevisionSummaries, toOfferSummary } from "./offer-records.js";

async function findRevision(executor: TDbExecutor, caller: TOfferCaller, revisionId: string, lock: boolean) {
  const query = executor
    .select({ revision: offerRevisions, offer: offers })
    .from(offerRevisions)
    .innerJoin(offers, eq(offers.id, offerRevisions.offerId))
    .where(and(eq(offerRevisions.id, revisionId), buildOfferReach(caller, "review")));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new HttpProblem(404, "notFound");
  return row;
}

/**
 * A submission with its diff against the content in force. For an offer never published the row
 * holds the submitted content itself, so the diff is against nothing: everything is added.
 */
export async function readRevision(
  executor: TDbExecutor,
  caller: TOfferCaller,
  revisionId: string,
): Promise<TOfferRevision> {
  const { revision, offer } = await findRevision(executor, caller, revisionId, false);
  const summary = await findOfferSummary(executor, caller, offer.id);
  const inForce = offer.publishedAt === null ? null : await readOfferContent(executor, offer);
  const revisions = await listRevisionSummaries(executor, offer);
  const own = revisions.find((entry) => entry.id === revisionId);
  if (!own) throw new HttpProblem(404, "notFound");
  return {
    ...own,
    offer: toOfferSummary(caller, summary),
    content: revision.content,
    diff: diffOfferContent(inForce, revision.content),
    canDecide: revision.status === "pending",
  };
}

async function lockPending(executor: TDbExecutor, caller: TOfferCaller, revisionId: string) {
  const row = await findRevision(executor, caller, revisionId, true);
  if (row.revision.status !== "pending") throw new HttpProblem(409, "alreadyDecided");
  return row;
}

const reviewed = (caller: TOfferCaller) => ({ reviewedBy: caller.audit.actorUserId, reviewedAt: sql`now()` });

/**
 * Takes a submission over: its content replaces the offer's (free places stay the provider's
 * current figure, within the new capacity), the offer is published and its version moves on.
 */
export function approveRevision(db: TDb, caller: TOfferCaller, revisionId: string): Promise<TOfferRevision> {
  return db.transaction(async (tx) => {
    const { revision, offer } = await lockPending(tx, caller, revisionId);
    const { content } = revision;
    const freePlaces =
      content.capacity === null ? null : Math.min(offer.freePlaces ?? content.freePlaces ?? 0, content.capacity);
    await tx
      .update(offers)
      .set({
        ...toContentColumns(content),
        freePlaces,
        status: "published",
        publishedAt: sql`coalesce(${offers.publishedAt}, now())`,
        version: sql`${offers.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(offers.id, offer.id));
    await replaceOfferTexts(tx, offer.id, content.translations);
    await tx
      .update(offerRevisions)
      .set({ status: "approved", ...reviewed(caller) })
      .where(eq(offerRevisions.id, revisionId));
    await auditOfferChange(tx, caller, "offer.approve", offer.id, { revisionId });
    return readRevision(tx, caller, revisionId);
  });
}

/** Sends a submission back with the reviewer's comment; an offer never published returns to draft. */
export function rejectRevision(
  db: TDb,
  caller: TOfferCaller,
  revisionId: string,
  input: TRejection,
): Promise<TOfferRevision> {
  return db.transaction(async (tx) => {
    const { offer } = await lockPending(tx, caller, revisionId);
    await tx
      .update(offerRevisions)
      .set({ status: "rejected", reviewComment: input.comment, ...reviewed(caller) })
      .where(eq(offerRevisions.id, revisionId));
    if (offer.status === "in_review") {
      await tx
        .update(offers)
        .set({ status: "draft", version: sql`${offers.version} + 1`, updatedAt: sql`now()` })
        .where(eq(offers.id, offer.id));
    }
    await auditOfferChange(tx, caller, "offer.reject", offer.id, { revisionId });
    return readRevision(tx, caller, revisionId);
  });
}
