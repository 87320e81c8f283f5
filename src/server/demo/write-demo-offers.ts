import { eq } from "drizzle-orm";
import { readOfferContent } from "../offers/directory/offer-content-rows.js";
import { diffOfferContent } from "../offers/directory/offer-diff.js";
import { offerRevisions, offers, offerTranslations } from "../offers/offer-tables.js";
import { recordAuditEvent } from "../platform/audit/record-audit-event.js";
import type { TDbExecutor } from "../platform/db/database.js";
import type { TDemoOffer } from "./demo-offers.js";

/** Rows per INSERT for offers; far below PostgreSQL's 65,535 bind parameters. */
const OFFER_CHUNK = 500;

const escapeHtml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");

/** Demo offers were entered and published this long before the day of seeding, before any referral to them. */
const PUBLISHED_DAYS_AGO = 180;

/** Demo offers are published, each with its texts in every language it has one in (German first). */
export async function insertDemoOffers(executor: TDbExecutor, demoOffers: readonly TDemoOffer[]): Promise<void> {
  const publishedAt = new Date(Date.now() - PUBLISHED_DAYS_AGO * 86_400_000);
  for (let start = 0; start < demoOffers.length; start += OFFER_CHUNK) {
    const chunk = demoOffers.slice(start, start + OFFER_CHUNK);
    await executor.insert(offers).values(
      chunk.map(({ texts: _texts, ...offer }) => ({
        ...offer,
        status: "published",
        createdAt: publishedAt,
        updatedAt: publishedAt,
        publishedAt,
      })),
    );
    await executor.insert(offerTranslations).values(
      chunk.flatMap((offer) =>
        offer.texts.map((text) => ({
          offerId: offer.id,
          language: text.language,
          title: text.title,
          description: `<p>${escapeHtml(text.description)}</p>`,
        })),
      ),
    );
  }
}

/**
 * One change waiting in the review queue, as the offer form writes it (updateOffer): the provider
 * login renamed a published offer of its organisation; the whole content as it stands goes into a
 * pending revision on the offer's version, audited as `offer.submit`, and the offer stays as it is.
 */
export async function submitDemoRevision(
  executor: TDbExecutor,
  offer: TDemoOffer,
  submitter: { userId: string; organisationId: string; revisionId: string },
): Promise<void> {
  const [row] = await executor.select().from(offers).where(eq(offers.id, offer.id));
  if (!row) throw new Error("the offer to revise was not written");
  const before = await readOfferContent(executor, row);
  const content = {
    ...before,
    translations: before.translations.map((text) =>
      text.language === "de" ? { ...text, title: `Neu: ${text.title}` } : text,
    ),
  };
  const fields = [...new Set(diffOfferContent(before, content).map((entry) => entry.field))];
  await executor.insert(offerRevisions).values({
    id: submitter.revisionId,
    offerId: offer.id,
    content,
    baseVersion: row.version,
    submittedBy: submitter.userId,
  });
  const audit = {
    actorUserId: submitter.userId,
    actorTokenId: null,
    organisationIds: [submitter.organisationId],
    ipAddress: null,
  };
  await recordAuditEvent(executor, audit, {
    action: "offer.submit",
    subjectType: "offer",
    subjectId: offer.id,
    detail: { revisionId: submitter.revisionId, fields },
  });
}
