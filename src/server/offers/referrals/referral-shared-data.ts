import { and, eq, type SQL, sql } from "drizzle-orm";
import type { TReferralFieldCode, TReferralSharedData } from "../../../common/offers/referral-schemas.js";
import { personLanguages, persons } from "../../arrival/arrival-tables.js";
import { needs } from "../../counselling/assessments/assessment-tables.js";
import type { TDbExecutor } from "../../platform/db/database.js";

type TSpokenLanguage = { language: string; level: string };

/**
 * The columns a field code needs, and nothing more: a referral without "contact" never reads the
 * address. Health and religion answers have no code, so no referral can carry them.
 */
const fieldColumns = {
  name: () => ({ givenName: persons.givenName, familyName: persons.familyName }),
  date_of_birth: () => ({ birthYear: persons.birthYear, birthMonth: persons.birthMonth, birthDay: persons.birthDay }),
  contact: () => ({
    street: persons.street,
    postalCode: persons.postalCode,
    phone: persons.phone,
    email: persons.email,
    preferredChannel: persons.preferredChannel,
  }),
  languages: () => ({
    preferredLanguage: persons.preferredLanguage,
    spoken: sql<
      TSpokenLanguage[]
    >`coalesce((select json_agg(json_build_object('language', ${personLanguages.language}, 'level', ${personLanguages.level}) order by ${personLanguages.position})
      from ${personLanguages} where ${personLanguages.personId} = ${persons.id}), '[]'::json)`,
  }),
  german_level: () => ({
    germanLevel: sql<string | null>`(select ${personLanguages.level} from ${personLanguages}
      where ${personLanguages.personId} = ${persons.id} and ${personLanguages.language} = 'de' limit 1)`,
  }),
  residence_category: () => ({ residenceCategory: persons.residenceCategory }),
  need: (needId: string | null) => ({
    need: sql<{
      fieldOfAction: string;
      code: string;
    } | null>`(select json_build_object('fieldOfAction', ${needs.fieldOfAction}, 'code', ${needs.code})
      from ${needs} where ${needs.id} = ${needId} and ${needs.personId} = ${persons.id})`,
  }),
} satisfies Record<TReferralFieldCode, (needId: string | null) => Record<string, unknown>>;

type TRow = Record<string, unknown>;

function toSharedData(row: TRow, fieldCodes: readonly TReferralFieldCode[]): TReferralSharedData {
  const data: TReferralSharedData = {};
  const text = (key: string) => (row[key] ?? null) as string | null;
  const number = (key: string) => (row[key] ?? null) as number | null;
  for (const code of fieldCodes) {
    switch (code) {
      case "name":
        data.name = { givenName: String(row.givenName), familyName: String(row.familyName) };
        break;
      case "date_of_birth":
        data.date_of_birth = { year: number("birthYear"), month: number("birthMonth"), day: number("birthDay") };
        break;
      case "contact":
        data.contact = {
          street: text("street"),
          postalCode: text("postalCode"),
          phone: text("phone"),
          email: text("email"),
          preferredChannel: text("preferredChannel"),
        };
        break;
      case "languages":
        data.languages = { preferred: text("preferredLanguage"), spoken: (row.spoken ?? []) as TSpokenLanguage[] };
        break;
      case "german_level":
        data.german_level = text("germanLevel");
        break;
      case "residence_category":
        data.residence_category = text("residenceCategory");
        break;
      case "need":
        data.need = (row.need ?? null) as TReferralSharedData["need"];
        break;
    }
  }
  return data;
}

/**
 * The values of a field set for one person, read only where `condition` (over `persons`) holds —
 * the caseworker's scope for a preview, the provider's sharing condition for a referral read —
 * else null. The caller audits the read in the same transaction.
 */
export async function readSharedData(
  executor: TDbExecutor,
  personId: string,
  fieldCodes: readonly TReferralFieldCode[],
  needId: string | null,
  condition: SQL,
): Promise<TReferralSharedData | null> {
  const columns = Object.assign({ id: persons.id }, ...fieldCodes.map((code) => fieldColumns[code](needId)));
  const [row] = await executor
    .select(columns)
    .from(persons)
    .where(and(eq(persons.id, personId), condition));
  return row ? toSharedData(row as TRow, fieldCodes) : null;
}
