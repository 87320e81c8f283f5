import type { TProviderType } from "../../common/platform/organisations.js";

/** Invented provider names; {place} is the municipality the provider works from. */
export const providerNameTemplates: Readonly<Record<TProviderType, readonly string[]>> = {
  welfare_association: [
    "Caritasverband {place}",
    "Diakonisches Werk {place}",
    "AWO Ortsverein {place}",
    "DRK-Ortsverein {place}",
    "Paritätische Migrationsberatung {place}",
    "Malteser Integrationsdienst {place}",
  ],
  language_school: [
    "Sprachschule Lingua {place}",
    "Deutschakademie {place}",
    "Sprachinstitut Brücke {place}",
    "Bildungszentrum Wort & Welt {place}",
    "Sprachenhaus {place}",
    "Lernwerkstatt Deutsch {place}",
  ],
  job_centre: ["MaßArbeit – Standort {place}"],
  youth_migration_service: ["Jugendmigrationsdienst {place}"],
  club: [
    "Internationaler Frauentreff {place} e. V.",
    "Kulturverein Brücke {place} e. V.",
    "SV Eintracht {place} e. V.",
    "Integrationsverein Miteinander {place} e. V.",
    "Nachbarschaftshilfe {place} e. V.",
    "Offene Fahrradwerkstatt {place} e. V.",
  ],
  religious_community: [
    "Ev.-luth. Kirchengemeinde {place}",
    "Kath. Kirchengemeinde St. Marien {place}",
    "Kath. Kirchengemeinde St. Josef {place}",
    "Islamische Gemeinde {place} e. V.",
    "Ukrainische orthodoxe Gemeinde {place}",
    "Christlich-islamischer Gesprächskreis {place}",
  ],
  other: [
    "Bildungswerk {place}",
    "Gesundheitstreff {place}",
    "Wohnraumbörse {place}",
    "Anerkennungsberatung {place}",
    "Ehrenamtsbörse {place}",
  ],
};

/** The district's own job centre; the other providers are invented. */
export const DISTRICT_JOB_CENTRE_NAME = "MaßArbeit";

/** How often each provider type occurs beyond the first one of each. */
export const providerTypeWeights: readonly (readonly [TProviderType, number])[] = [
  ["welfare_association", 22],
  ["language_school", 20],
  ["club", 22],
  ["religious_community", 14],
  ["other", 11],
  ["youth_migration_service", 6],
  ["job_centre", 5],
];
