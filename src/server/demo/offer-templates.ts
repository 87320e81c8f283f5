import type { TOfferCategory } from "../../common/offers/offer.js";
import type { TProviderType } from "../../common/platform/organisations.js";
import type { TTemplateSchedule } from "./offer-schedules.js";

export type TOfferTemplate = {
  title: string;
  description: string;
  onlyFor?: readonly TProviderType[];
  /** Where the offer runs differently from its category (offer-schedules.ts). */
  schedule?: TTemplateSchedule;
};

/**
 * German titles and descriptions of invented offers; their translations are in offer-texts/, keyed
 * by the German title. Language courses are built from the course types.
 */
export const offerTemplates: Readonly<Record<Exclude<TOfferCategory, "language_course">, readonly TOfferTemplate[]>> = {
  counselling: [
    {
      title: "Migrationsberatung für Erwachsene (MBE)",
      description:
        "Beratung zu Aufenthalt, Sprache, Arbeit, Wohnen und Familie für Zugewanderte ab 27 Jahren. Termine nach Vereinbarung, auf Wunsch mit Dolmetschung.",
    },
    {
      title: "Offene Sprechstunde für Neuzugewanderte",
      description:
        "Ohne Termin: Hilfe bei Briefen von Behörden, bei Anträgen und bei den ersten Schritten im Landkreis.",
      schedule: { kind: "recurring", weekdays: ["tue", "thu"], slot: "mornings" },
    },
    {
      title: "Asylverfahrensberatung",
      description: "Unabhängige Beratung zum Asylverfahren, zur Vorbereitung der Anhörung und zum Bescheid.",
    },
    {
      title: "Familienberatung",
      description: "Beratung für Familien zu Kita und Schule, Kindergeld, Elterngeld und Erziehungsfragen.",
    },
    {
      title: "Beratung für Geflüchtete aus der Ukraine",
      description: "Fragen zum Aufenthalt nach § 24 AufenthG, zu Leistungen, Wohnung und Sprachkurs.",
    },
    {
      title: "Beratung für junge Menschen von 12 bis 27 Jahren",
      description: "Der Jugendmigrationsdienst begleitet junge Zugewanderte in Schule, Ausbildung und Beruf.",
      onlyFor: ["youth_migration_service"],
    },
  ],
  kita_school_support: [
    {
      title: "Hausaufgabenhilfe für Schulkinder",
      description: "Ehrenamtliche helfen zweimal in der Woche bei Hausaufgaben und beim Lesen.",
      schedule: { kind: "recurring", weekdays: ["tue", "thu"], slot: "afternoons" },
    },
    {
      title: "Eltern-Kind-Gruppe für Familien mit Kleinkindern",
      description: "Spielen, Singen und Austausch unter Eltern; gute Vorbereitung auf den Kita-Besuch.",
      schedule: { kind: "recurring", weekdays: ["wed"], slot: "mornings" },
    },
    {
      title: "Kita-Lotsen: Begleitung zur Kita-Anmeldung",
      description: "Unterstützung bei der Suche nach einem Kita-Platz und bei der Anmeldung.",
      schedule: { kind: "by_appointment" },
    },
    {
      title: "Sprachförderung in der Grundschule",
      description: "Zusätzlicher Deutschunterricht in kleinen Gruppen für Kinder ohne Vorkenntnisse.",
      schedule: { kind: "recurring", weekdays: ["mon", "wed"], slot: "mornings" },
    },
    {
      title: "Schulstart-Beratung für Familien",
      description: "Informationen zum Schulsystem, zur Schulanmeldung und zu Leistungen für Bildung und Teilhabe.",
      schedule: { kind: "by_appointment" },
    },
  ],
  recognition_counselling: [
    {
      title: "Anerkennungsberatung für ausländische Berufsabschlüsse",
      description: "Wir klären, welche Stelle für Ihren Abschluss zuständig ist, und begleiten den Antrag.",
    },
    {
      title: "Beratung zur Zeugnisbewertung für Hochschulabschlüsse",
      description: "Hilfe beim Antrag auf Zeugnisbewertung und bei der Übersetzung der Unterlagen.",
    },
    {
      title: "Wege in Gesundheitsberufe",
      description: "Anerkennung und Anpassungsqualifizierung für Pflegekräfte, Ärztinnen und Ärzte.",
    },
  ],
  vocational_training: [
    {
      title: "Einstiegsqualifizierung mit Sprachförderung",
      description: "Betriebliches Praktikum mit begleitendem Deutschunterricht als Weg in die Ausbildung.",
    },
    {
      title: "Ausbildungsvorbereitung für junge Geflüchtete",
      description: "Bewerbungstraining, Betriebsbesuche und Praktika in Handwerk, Handel und Pflege.",
    },
    {
      title: "Berufsorientierung in Werkstätten",
      description:
        "Ausprobieren in Metall, Holz, Pflege und Hauswirtschaft, begleitet von Anleiterinnen und Anleitern.",
    },
  ],
  job: [
    {
      title: "Arbeitsvermittlung für Zugewanderte",
      description: "Vermittlung in Arbeit und Ausbildung; Beratung zu Förderungen und Weiterbildung.",
    },
    {
      title: "Jobcafé",
      description: "Offener Treff mit Betrieben aus der Region. Bitte einen Lebenslauf mitbringen.",
      schedule: { kind: "recurring", weekdays: ["wed"], slot: "afternoons" },
    },
    {
      title: "Bewerbungswerkstatt",
      description: "Lebenslauf und Anschreiben erstellen, Vorstellungsgespräche üben.",
      schedule: { kind: "recurring", slot: "afternoons" },
    },
    {
      title: "Fallmanagement für Leistungsberechtigte",
      description: "Begleitung auf dem Weg in Arbeit nach dem SGB II, mit Sprachkurs- und Qualifizierungsplanung.",
      onlyFor: ["job_centre"],
    },
  ],
  health: [
    {
      title: "Gesundheitssprechstunde mit Dolmetschung",
      description: "Hilfe bei der Suche nach Ärztinnen und Ärzten und beim Verstehen von Befunden.",
    },
    {
      title: "Psychosoziale Beratung für Geflüchtete",
      description: "Gespräche bei Belastung, Trauer und Schlafproblemen; Vermittlung in Therapie.",
    },
    {
      title: "Schwangerschaftsberatung",
      description: "Beratung rund um Schwangerschaft, Geburt und die ersten Lebensjahre.",
    },
    {
      title: "Erste-Hilfe-Kurs in einfacher Sprache",
      description: "Ein Tag Erste Hilfe mit vielen Bildern und Übungen, auch für den Führerschein.",
      schedule: { kind: "one_time", weekdays: ["sat"], slot: "weekends" },
    },
  ],
  housing: [
    {
      title: "Wohnungssuche: Beratung und Begleitung",
      description: "Hilfe bei der Wohnungssuche, bei Besichtigungen und beim Mietvertrag.",
    },
    {
      title: "Mieterführerschein",
      description: "Kurs zu Rechten und Pflichten als Mieterin und Mieter, Mülltrennung, Lüften und Heizen.",
      schedule: { kind: "recurring", slot: "evenings" },
    },
    {
      title: "Auszugsberatung aus der Gemeinschaftsunterkunft",
      description: "Unterstützung beim Umzug in die erste eigene Wohnung.",
    },
  ],
  participation: [
    {
      title: "Interkulturelles Café",
      description: "Begegnung bei Kaffee und Kuchen, jeden Freitagnachmittag.",
      schedule: { kind: "recurring", weekdays: ["fri"], slot: "afternoons" },
    },
    {
      title: "Frauentreff international",
      description: "Treffpunkt für Frauen aller Herkunft mit Ausflügen und Gesprächen; Kinderbetreuung vorhanden.",
    },
    { title: "Sport für alle", description: "Fußball, Volleyball und Laufgruppe für Jugendliche und Erwachsene." },
    {
      title: "Offene Fahrradwerkstatt",
      description: "Gemeinsam Fahrräder reparieren; gespendete Räder für Neuzugewanderte.",
    },
    {
      title: "Demokratie vor Ort",
      description: "Besuch von Rathaus und Kreistag und Gespräch mit Kommunalpolitikerinnen und -politikern.",
      schedule: { kind: "one_time", weekdays: ["wed"], slot: "afternoons" },
    },
  ],
  religious_interreligious: [
    {
      title: "Interreligiöser Gesprächsabend",
      description: "Christen, Muslime und Jesiden erzählen von ihren Festen und ihrem Glauben.",
      schedule: { kind: "recurring", weekdays: ["thu"], slot: "evenings" },
    },
    { title: "Gottesdienst auf Ukrainisch", description: "Gottesdienst mit anschließendem Beisammensein." },
    {
      title: "Freitagsgebet mit deutscher Übersetzung der Predigt",
      description: "Die Predigt wird auf Arabisch gehalten und ins Deutsche übersetzt.",
      schedule: { kind: "recurring", weekdays: ["fri"], slot: "afternoons" },
    },
    {
      title: "Tag der offenen Tür",
      description: "Führung durch Gemeindehaus und Gebetsraum, Fragen ausdrücklich erwünscht.",
      schedule: { kind: "one_time", weekdays: ["sat"], slot: "weekends" },
    },
    {
      title: "Seelsorge für Geflüchtete",
      description: "Vertrauliche Gespräche, unabhängig von Religion und Herkunft.",
      schedule: { kind: "by_appointment" },
    },
  ],
  volunteering: [
    {
      title: "Integrationslotsinnen und Integrationslotsen gesucht",
      description: "Nach einer Schulung von 50 Stunden begleiten Sie Neuzugewanderte bei Behördengängen und im Alltag.",
    },
    {
      title: "Patenschaften für Familien",
      description: "Ehrenamtliche Patinnen und Paten unterstützen eine Familie beim Ankommen.",
    },
    { title: "Sprachpatenschaften", description: "Deutsch im Alltag üben: einmal in der Woche, eine Stunde." },
    {
      title: "Ehrenamtliche Sprachmittlung",
      description: "Sie sprechen Deutsch und eine weitere Sprache? Begleiten Sie Gespräche bei Ärzten und Ämtern.",
    },
  ],
};

export const offerCategoryFields: Readonly<Record<TOfferCategory, readonly string[]>> = {
  counselling: ["aufenthalt", "teilhabe"],
  language_course: ["sprache"],
  kita_school_support: ["bildung"],
  recognition_counselling: ["bildung", "arbeit"],
  vocational_training: ["arbeit", "bildung"],
  job: ["arbeit"],
  health: ["gesundheit"],
  housing: ["wohnen"],
  participation: ["teilhabe"],
  religious_interreligious: ["teilhabe", "zivilgesellschaft"],
  volunteering: ["zivilgesellschaft"],
};

export const providerOffers: Readonly<
  Record<
    TProviderType,
    { count: readonly [number, number]; categories: readonly (readonly [TOfferCategory, number])[] }
  >
> = {
  welfare_association: {
    count: [3, 7],
    categories: [
      ["counselling", 30],
      ["kita_school_support", 12],
      ["housing", 12],
      ["health", 12],
      ["volunteering", 10],
      ["participation", 10],
      ["recognition_counselling", 8],
      ["language_course", 6],
    ],
  },
  language_school: {
    count: [4, 10],
    categories: [
      ["language_course", 85],
      ["vocational_training", 10],
      ["recognition_counselling", 5],
    ],
  },
  job_centre: {
    count: [2, 5],
    categories: [
      ["job", 55],
      ["vocational_training", 30],
      ["recognition_counselling", 15],
    ],
  },
  youth_migration_service: {
    count: [2, 4],
    categories: [
      ["counselling", 40],
      ["vocational_training", 25],
      ["kita_school_support", 20],
      ["participation", 15],
    ],
  },
  club: {
    count: [1, 3],
    categories: [
      ["participation", 55],
      ["volunteering", 20],
      ["kita_school_support", 20],
      ["health", 5],
    ],
  },
  religious_community: {
    count: [1, 3],
    categories: [
      ["religious_interreligious", 55],
      ["participation", 20],
      ["volunteering", 20],
      ["counselling", 5],
    ],
  },
  other: {
    count: [1, 4],
    categories: [
      ["health", 20],
      ["housing", 20],
      ["recognition_counselling", 15],
      ["participation", 15],
      ["volunteering", 15],
      ["counselling", 15],
    ],
  },
};

/** Entry and target CEFR level of the BAMF course types; others run from A1 to their target. */
export const courseLevels: Readonly<Record<string, readonly [string | null, string]>> = {
  ik_allgemein: ["A1", "B1"],
  ik_jugend: ["A1", "B1"],
  ik_eltern: ["A1", "B1"],
  ik_alpha: ["A1", "A2"],
  ik_zweitschrift: ["A1", "B1"],
  ik_foerder: ["A1", "B1"],
  ik_intensiv: ["A1", "B1"],
  bsk_a2_b1: ["A2", "B1"],
  bsk_unter_a2: ["A1", "A2"],
  bsk_b1_b2: ["B1", "B2"],
  bsk_b2_c1: ["B2", "C1"],
  bsk_c1_c2: ["C1", "C2"],
  bsk_fach: ["B1", "B2"],
  bsk_anerkennung: ["B1", "C1"],
  eok: [null, "A1"],
};
