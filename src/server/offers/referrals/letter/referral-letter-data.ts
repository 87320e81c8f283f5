import { and, eq, type SQL, sql } from "drizzle-orm";
import {
  activeReferralStatuses,
  referralLetterLanguages,
  type TReferralFieldCode,
  type TReferralLetterLanguage,
  type TReferralSharedData,
} from "../../../../common/offers/referral-schemas.js";
import { contactFields } from "../../../../common/platform/organisation-contact-schemas.js";
import type { TProviderType } from "../../../../common/platform/organisations.js";
import { persons } from "../../../arrival/arrival-tables.js";
import { buildValidConsentCondition } from "../../../arrival/consent/valid-consent-condition.js";
import type { TContactPoint } from "../../../arrival/documents/contact-points.js";
import { findTextDirection } from "../../../arrival/documents/document-person.js";
import { recordAuditEvent } from "../../../platform/audit/record-audit-event.js";
import type { TDb, TDbExecutor } from "../../../platform/db/database.js";
import { HttpProblem } from "../../../platform/http/problems.js";
import { organisationContacts } from "../../../platform/organisations/contacts/organisation-contact-tables.js";
import { organisations } from "../../../platform/organisations/organisation-tables.js";
import { residenceCategories } from "../../../platform/reference/reference-tables.js";
import type { TReferralAccess } from "../referral-access.js";
import { personNameForCaseworker, selectReferrals } from "../referral-records.js";
import { readSharedData } from "../referral-shared-data.js";
import { referrals } from "../referral-tables.js";

export type TReferralLetterData = {
  /** The person's language, printed after the German letter; German alone when it is "de". */
  language: TReferralLetterLanguage;
  direction: "ltr" | "rtl";
  sender: { organisationName: string; caseworkerName: string | null; contact: TContactPoint | null };
  recipient: { name: string; offerTitle: string | null; addressLines: string[] };
  purpose: string;
  fieldCodes: TReferralFieldCode[];
  sharedData: TReferralSharedData;
  /** The German reference name of the shared residence category (a legal term, printed as it is). */
  residenceCategoryName: string | null;
};

function isReferralLetterLanguage(value: string): value is TReferralLetterLanguage {
  return (referralLetterLanguages as readonly string[]).includes(value);
}

/** The language asked for; else the person's preferred one (its primary subtag) if the letter exists in it; else German. */
export function chooseReferralLetterLanguage(
  requested: TReferralLetterLanguage | undefined,
  preferred: string | null,
): TReferralLetterLanguage {
  if (requested) return requested;
  const primary = preferred?.split("-")[0]?.toLowerCase() ?? "";
  return isReferralLetterLanguage(primary) ? primary : "de";
}

/** An organisation's contact point; a row of empty fields (or none) is no contact. */
async function findOrganisationContact(executor: TDbExecutor, organisationId: string): Promise<TContactPoint | null> {
  const [row] = await executor
    .select({
      organisationName: organisations.name,
      officeName: organisationContacts.officeName,
      street: organisationContacts.street,
      postalCode: organisationContacts.postalCode,
      city: organisationContacts.city,
      phone: organisationContacts.phone,
      email: organisationContacts.email,
      website: organisationContacts.website,
      openingHours: organisationContacts.openingHours,
    })
    .from(organisations)
    .innerJoin(organisationContacts, eq(organisationContacts.organisationId, organisations.id))
    .where(eq(organisations.id, organisationId));
  return row && contactFields.some((field) => row[field] !== null) ? row : null;
}

/** The postal address of a provider on the platform, from its contact point: street, then postal code and city. */
function toAddressLines(contact: TContactPoint | null): string[] {
  if (!contact) return [];
  const place = [contact.postalCode, contact.city].filter(Boolean).join(" ");
  return [contact.street ?? "", place].filter((line) => line !== "");
}

/** An address as entered outside the platform, one line per line, blank ones left out. */
function toLines(address: string): string[] {
  return address
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

async function findResidenceCategoryName(executor: TDbExecutor, code: string | null | undefined) {
  if (!code) return null;
  const [row] = await executor
    .select({ nameDe: residenceCategories.nameDe })
    .from(residenceCategories)
    .where(eq(residenceCategories.code, code));
  return row?.nameDe ?? code;
}

/**
 * Everything the referral letter prints, in one transaction: the referral of a person within the
 * caseworker's read scope (else 404, for providers too: the letter is the sender's), the values of
 * exactly its field set, and the print audited as "referral.letter" and as a read of the person's
 * "referral_letter" part. Handing the letter over is sharing: the referral must be active (409)
 * and the person's consent to sharing with the recipient valid now (409 after a withdrawal).
 */
export function loadReferralLetterData(
  db: TDb,
  access: TReferralAccess,
  referralId: string,
  requested: TReferralLetterLanguage | undefined,
): Promise<TReferralLetterData> {
  return db.transaction(async (tx) => {
    const scope = access.caseworkerScope("read");
    const [row] = await selectReferrals(tx, personNameForCaseworker).where(and(eq(referrals.id, referralId), scope));
    if (!row) throw new HttpProblem(404, "notFound");
    const [referral] = await tx
      .select({
        sentByOrganisationId: referrals.sentByOrganisationId,
        preferredLanguage: persons.preferredLanguage,
        providerType: sql<TProviderType | null>`coalesce(${organisations.providerType}, ${referrals.externalProviderType})`,
      })
      .from(referrals)
      .innerJoin(persons, eq(persons.id, referrals.personId))
      .leftJoin(organisations, eq(organisations.id, referrals.providerId))
      .where(eq(referrals.id, referralId));
    if (!referral) throw new HttpProblem(404, "notFound");
    if (!(activeReferralStatuses as readonly string[]).includes(row.status)) {
      throw new HttpProblem(409, "referralNotActive");
    }
    const sharing = buildValidConsentCondition("provider_sharing", {
      organisationId: row.providerId,
      providerType: referral.providerType,
    });
    const sharedData = await readSharedData(tx, row.personId, row.fieldCodes, row.needId, and(scope, sharing) as SQL);
    if (!sharedData) throw new HttpProblem(409, "referralConsentWithdrawn");
    const language = chooseReferralLetterLanguage(requested, referral.preferredLanguage);
    const providerContact = row.providerId ? await findOrganisationContact(tx, row.providerId) : null;
    const data: TReferralLetterData = {
      language,
      direction: await findTextDirection(tx, language),
      sender: {
        organisationName: row.sentByOrganisationName,
        caseworkerName: row.sentByName,
        contact: await findOrganisationContact(tx, referral.sentByOrganisationId),
      },
      recipient: {
        name: row.providerName ?? "",
        offerTitle: row.targetKind === "offer" ? row.offerTitle : null,
        addressLines:
          row.targetKind === "external" ? toLines(row.externalAddress ?? "") : toAddressLines(providerContact),
      },
      purpose: row.purpose,
      fieldCodes: row.fieldCodes,
      sharedData,
      residenceCategoryName: await findResidenceCategoryName(tx, sharedData.residence_category),
    };
    await recordAuditEvent(tx, access.audit, {
      action: "referral.letter",
      subjectType: "referral",
      subjectId: referralId,
      personId: row.personId,
      detail: { language, fieldCodes: row.fieldCodes },
    });
    await recordAuditEvent(tx, access.audit, {
      action: "person.read",
      subjectType: "person",
      subjectId: row.personId,
      personId: row.personId,
      detail: { part: "referral_letter", fields: row.fieldCodes },
    });
    return data;
  });
}
