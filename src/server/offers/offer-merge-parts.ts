import type { TPersonMergePart } from "../arrival/persons/person-merge-parts.js";
import { unmetNeeds } from "./matching/unmet-need-tables.js";

/** The offers module's person-owned rows that move with a person merge (docs/arrival.md). */
export const offerMergeParts: TPersonMergePart[] = [
  { name: "unmet_needs", table: unmetNeeds, id: unmetNeeds.id, personId: unmetNeeds.personId },
];
