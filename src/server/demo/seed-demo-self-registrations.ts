import { sql } from "drizzle-orm";
import type { TLanguageLevel, TSex } from "../../common/arrival/person.js";
import type { TEmailConfirmationState, TPortalLanguage } from "../../common/arrival/self-registration.js";
import { selfRegistrations } from "../arrival/self-registration/self-registration-tables.js";
import type { TDb } from "../platform/db/database.js";

type TDemoSelfRegistration = {
  givenName: string;
  familyName: string;
  birthYear: number;
  sex: TSex;
  nationality: string;
  language: string;
  portalLanguage: TPortalLanguage;
  contact: { phone: string } | { email: string; confirmation: Exclude<TEmailConfirmationState, "not_needed"> };
  daysAgo: number;
};

/** Newcomers who registered themselves in the portal, as staff find them waiting for review. */
const waiting: readonly TDemoSelfRegistration[] = [
  {
    givenName: "Olena",
    familyName: "Kovalenko",
    birthYear: 1987,
    sex: "female",
    nationality: "UA",
    language: "uk",
    portalLanguage: "uk",
    contact: { email: "olena.kovalenko@example.org", confirmation: "confirmed" },
    daysAgo: 1,
  },
  {
    givenName: "Yusuf",
    familyName: "Haddad",
    birthYear: 1995,
    sex: "male",
    nationality: "SY",
    language: "ar",
    portalLanguage: "ar",
    contact: { phone: "+49 1512 3456789" },
    daysAgo: 2,
  },
  {
    givenName: "Zahra",
    familyName: "Ahmadi",
    birthYear: 2001,
    sex: "female",
    nationality: "AF",
    language: "fa",
    portalLanguage: "en",
    contact: { email: "zahra.ahmadi@example.org", confirmation: "pending" },
    daysAgo: 3,
  },
  {
    givenName: "Mihai",
    familyName: "Popescu",
    birthYear: 1979,
    sex: "male",
    nationality: "RO",
    language: "ro",
    portalLanguage: "de",
    contact: { email: "mihai.popescu@example.org", confirmation: "confirmed" },
    daysAgo: 5,
  },
  {
    givenName: "Tetiana",
    familyName: "Bondarenko",
    birthYear: 1964,
    sex: "female",
    nationality: "UA",
    language: "uk",
    portalLanguage: "uk",
    contact: { phone: "+49 1523 9876543" },
    daysAgo: 8,
  },
];

const nativeLevel: TLanguageLevel = "native";

/**
 * A few pending self-registrations, so the review (confirm, merge, reject) has something to show.
 * Spread over the municipalities in AGS order; each carries the consent decisions a newcomer makes in
 * the portal and the privacy notice in the language they used. Returns how many were written.
 */
export async function seedDemoSelfRegistrations(db: TDb, municipalityAgs: readonly string[]): Promise<number> {
  if (municipalityAgs.length === 0) return 0;
  const notices = await db.execute<{ id: string; language: string }>(sql`
    select distinct on (language) id, language from privacy_notices order by language, version desc`);
  const noticeOf = new Map(notices.rows.map((row) => [row.language, row.id]));
  const rows = waiting.flatMap((entry, index) => {
    const privacyNoticeId = noticeOf.get(entry.portalLanguage);
    if (privacyNoticeId === undefined) return [];
    const submittedAt = new Date(Date.now() - entry.daysAgo * 24 * 60 * 60 * 1000);
    const email = "email" in entry.contact ? entry.contact : undefined;
    const emailConfirmation: TEmailConfirmationState = email?.confirmation ?? "not_needed";
    return [
      {
        municipalityAgs: municipalityAgs[(index * 7) % municipalityAgs.length] ?? "",
        givenName: entry.givenName,
        familyName: entry.familyName,
        birthYear: entry.birthYear,
        sex: entry.sex,
        nationalities: [entry.nationality],
        languages: [{ language: entry.language, level: nativeLevel }],
        phone: "phone" in entry.contact ? entry.contact.phone : null,
        email: email?.email ?? null,
        preferredLanguage: entry.language,
        portalLanguage: entry.portalLanguage,
        privacyNoticeId,
        consentDecisions: { counselling: true, municipality_contact: true, statistics: index % 2 === 0 },
        emailConfirmation,
        emailConfirmedAt: email?.confirmation === "confirmed" ? submittedAt : null,
        submittedAt,
        formNonce: `demo-self-registration-${index + 1}`,
      },
    ];
  });
  if (rows.length === 0) return 0;
  await db.insert(selfRegistrations).values(rows);
  return rows.length;
}
