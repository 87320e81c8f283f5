import { and, eq } from "drizzle-orm";
import { isDocumentLanguage, type TDocumentLanguage } from "../../../common/arrival/document-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { districts, languages, municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";
import { persons } from "../arrival-tables.js";
import type { TPersonAccess } from "../persons/person-access.js";

/** What every document says about the person and where they live. */
export type TDocumentPerson = {
  id: string;
  name: string;
  street: string | null;
  postalCode: string | null;
  municipalityName: string;
  municipalUnitKey: string;
  municipalUnitName: string;
  householdId: string | null;
  birth: { birthYear: number | null; birthMonth: number | null; birthDay: number | null };
  preferredLanguage: string | null;
  district: { ags: string; name: string; address: string };
};

/** The person within the actor's read scope (else 404), with their municipality, unit and district. */
export async function findDocumentPerson(
  executor: TDbExecutor,
  access: TPersonAccess,
  id: string,
): Promise<TDocumentPerson> {
  const [row] = await executor
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      street: persons.street,
      postalCode: persons.postalCode,
      householdId: persons.householdId,
      birthYear: persons.birthYear,
      birthMonth: persons.birthMonth,
      birthDay: persons.birthDay,
      preferredLanguage: persons.preferredLanguage,
      municipalityName: municipalities.name,
      municipalUnitKey: municipalUnits.key,
      municipalUnitName: municipalUnits.name,
      districtAgs: districts.ags,
      districtName: districts.name,
      districtAddress: districts.address,
    })
    .from(persons)
    .innerJoin(municipalities, eq(municipalities.ags, persons.municipalityAgs))
    .innerJoin(municipalUnits, eq(municipalUnits.key, municipalities.municipalUnitKey))
    .innerJoin(districts, eq(districts.ags, municipalUnits.districtAgs))
    .where(and(eq(persons.id, id), access.scopeFor("read")));
  if (!row) throw new HttpProblem(404, "notFound");
  return {
    id: row.id,
    name: [row.givenName, row.familyName].filter((part) => part !== "").join(" "),
    street: row.street,
    postalCode: row.postalCode,
    municipalityName: row.municipalityName,
    municipalUnitKey: row.municipalUnitKey,
    municipalUnitName: row.municipalUnitName,
    householdId: row.householdId,
    birth: { birthYear: row.birthYear, birthMonth: row.birthMonth, birthDay: row.birthDay },
    preferredLanguage: row.preferredLanguage,
    district: { ags: row.districtAgs, name: row.districtName, address: row.districtAddress },
  };
}

/** The language asked for; else the person's preferred one (its primary subtag) if the document exists in it; else German. */
export function chooseDocumentLanguage(
  requested: TDocumentLanguage | undefined,
  preferred: string | null,
): TDocumentLanguage {
  if (requested) return requested;
  const primary = preferred?.split("-")[0]?.toLowerCase() ?? "";
  return isDocumentLanguage(primary) ? primary : "de";
}

/** Right to left for Arabic and Persian, as the reference languages say. */
export async function findTextDirection(executor: TDbExecutor, language: TDocumentLanguage): Promise<"ltr" | "rtl"> {
  const [row] = await executor
    .select({ direction: languages.direction })
    .from(languages)
    .where(eq(languages.tag, language));
  return row?.direction ?? "ltr";
}
