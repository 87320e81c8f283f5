import type { TOfferContentInput } from "../../../common/offers/offer-content-schemas.js";
import { testGeography } from "../../testing/factories.js";

/** A complete, valid offer for tests: a German course in Bramsche with a German and an English text. */
export function buildOfferInput(overrides: Partial<TOfferContentInput> = {}): TOfferContentInput {
  return {
    category: "language_course",
    fieldsOfAction: ["sprache"],
    courseType: "ik_allgemein",
    cefrFrom: "A1",
    cefrTo: "B1",
    languages: ["de"],
    municipalityAgs: testGeography.bramsche.municipalityAgs,
    street: "Am Markt 1",
    postalCode: "49565",
    city: "Bramsche",
    scheduleKind: "recurring",
    startsOn: "2027-01-11",
    weekdays: ["mon", "wed"],
    startTime: "09:00",
    endTime: "12:15",
    capacity: 20,
    freePlaces: 5,
    costKind: "free_with_entitlement",
    contactEmail: "kurse@traeger.example",
    translations: [
      { language: "de", title: "Integrationskurs am Vormittag", description: "<p>Deutsch lernen von A1 bis B1.</p>" },
      { language: "en", title: "Integration course, mornings", description: "<p>Learn German from A1 to B1.</p>" },
    ],
    ...overrides,
  };
}
