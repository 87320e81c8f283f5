import type { organisationContacts } from "../platform/organisations/contacts/organisation-contact-tables.js";
import type { TDemoOrganisations } from "./demo-organisations.js";

type TContactRow = typeof organisationContacts.$inferInsert;

/**
 * Contact points for the welcome letters of the demo: clearly synthetic (0541 000… numbers,
 * example.org addresses), the district's migration centre and one citizens' office per unit.
 */
export function generateDemoContacts(organisations: TDemoOrganisations): TContactRow[] {
  const district: TContactRow = {
    organisationId: organisations.district.id,
    officeName: "Migrationszentrum (Demo)",
    street: "Am Schölerberg 1",
    postalCode: "49082",
    city: "Osnabrück",
    phone: "0541 000-1000",
    email: "migrationszentrum@example.org",
    website: "https://migrationszentrum.example.org",
    openingHours: "Mo–Fr 8:30–12:30\nDo 14:00–17:30",
  };
  const units = organisations.municipalUnits.map((unit, index): TContactRow => {
    const place = unit.name.replace(/^(Stadt|Gemeinde|Samtgemeinde) /u, "");
    const slug = place
      .toLowerCase()
      .replace(/ä/gu, "ae")
      .replace(/ö/gu, "oe")
      .replace(/ü/gu, "ue")
      .replace(/ß/gu, "ss")
      .replace(/[^a-z0-9]+/gu, "-");
    return {
      organisationId: unit.id,
      officeName: `Bürgerbüro ${place} (Demo)`,
      street: "Rathausplatz 1",
      postalCode: String(49100 + index),
      city: place,
      phone: `0541 000-${String(2000 + index)}`,
      email: `buergerbuero@${slug}.example.org`,
      website: `https://${slug}.example.org`,
      openingHours: "Mo–Fr 8:00–12:00\nDi 14:00–18:00",
    };
  });
  return [district, ...units];
}
