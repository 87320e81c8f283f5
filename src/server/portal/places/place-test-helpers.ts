import type { TDb } from "../../platform/db/database.js";
import { buildOrganisation, testGeography } from "../../testing/factories.js";
import { buildMember } from "../../testing/people-factories.js";
import { signInAs } from "../../testing/sessions.js";

/** Content editors of the district, Bramsche and Melle, each in a fresh organisation. */
export async function buildContentEditors(db: TDb) {
  const district = await buildOrganisation(db);
  const bramsche = await buildOrganisation(db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const melle = await buildOrganisation(db, { kind: "municipal_unit", municipalUnitKey: testGeography.melle.unitKey });
  const memberOf = async (organisationId: string, role: "content_editor" | "caseworker" = "content_editor") =>
    signInAs(db, (await buildMember(db, { organisationId, role })).id);
  return {
    district: await memberOf(district.id),
    bramsche: await memberOf(bramsche.id),
    melle: await memberOf(melle.id),
    caseworker: await memberOf(bramsche.id, "caseworker"),
  };
}

/** A valid place body for Bramsche (Monday 8–12, Thursday 14–18). */
export function buildPlaceBody(overrides: Record<string, unknown> = {}) {
  return {
    ownerUnitKey: testGeography.bramsche.unitKey,
    category: "authority",
    street: "Hasestraße 11",
    postalCode: "49565",
    city: "Bramsche",
    municipalityAgs: testGeography.bramsche.municipalityAgs,
    latitude: 52.40878,
    longitude: 7.97247,
    openingHours: [
      { weekday: 1, opens: "08:00", closes: "12:00" },
      { weekday: 4, opens: "14:00", closes: "18:00" },
    ],
    openingHoursNote: "An Feiertagen geschlossen.",
    isAppointmentOnly: false,
    isBarrierFree: true,
    barrierFreeNote: "Aufzug am Seiteneingang",
    phone: "05461 000-100",
    email: "buergerbuero@example.org",
    website: "https://bramsche.example.org",
    contactIds: [],
    texts: [
      {
        language: "de",
        name: "Bürgerbüro Bramsche",
        description: "<p>Anmeldung <script>alert(1)</script>und Pässe</p>",
      },
      { language: "en", name: "Citizens' office Bramsche", description: '<p onclick="x()">Registration</p>' },
    ],
    ...overrides,
  };
}

export const contactBody = {
  ownerUnitKey: testGeography.bramsche.unitKey,
  name: "Frau Yilmaz",
  office: "Integrationsbeauftragte",
  phone: "05461 000-200",
  email: "yilmaz@example.org",
  website: "",
  languages: ["de", "tr"],
  noteDe: "Sprechstunde nach Vereinbarung",
};
