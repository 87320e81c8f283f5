import type { TPersonMergePart } from "../arrival/persons/person-merge-parts.js";
import { unmetNeeds } from "./matching/unmet-need-tables.js";
import { referrals } from "./referrals/referral-tables.js";

/**
 * The offers module's person-owned rows that move with a person merge (docs/arrival.md). A moved
 * referral keeps the id of the consent it was sent under, but the provider's access is decided by
 * the survivor's consents now: consents stay with their record, so access fails closed until the
 * survivor's consent to sharing is recorded.
 */
export const offerMergeParts: TPersonMergePart[] = [
  { name: "unmet_needs", table: unmetNeeds, id: unmetNeeds.id, personId: unmetNeeds.personId },
  { name: "referrals", table: referrals, id: referrals.id, personId: referrals.personId },
];
