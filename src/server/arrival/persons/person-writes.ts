import { eq, sql } from "drizzle-orm";
import {
  type TPersonInputParsed,
  type TPersonPatch,
  ZPersonInput,
} from "../../../common/arrival/person-input-schemas.js";
import type { TPerson } from "../../../common/arrival/person-schemas.js";
import type { TFieldMessageCode } from "../../../common/platform/field-messages.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { FieldRuleViolation } from "../../platform/http/problems.js";
import { RequestValidationError } from "../../platform/http/validation.js";
import { municipalities, residenceCategories } from "../../platform/reference/reference-tables.js";
import { personLanguages, personNames, persons } from "../arrival-tables.js";
import { personSearchKeys } from "../duplicates/person-search-keys.js";

/** A further name as stored: a merge carries spellings over with the script they were written in. */
type TStoredName = Omit<TPerson["otherNames"][number], "kind"> & { kind: "original_script" | "alternative" };

/** The further names of a record as they are stored (the passport name lives in the person row). */
export function storedNames(names: TPerson["otherNames"]): TStoredName[] {
  return names.flatMap((name) => (name.kind === "passport" ? [] : [{ ...name, kind: name.kind }]));
}

type TPersonFields = Omit<TPersonInputParsed, "purpose" | "otherNames" | "languages">;

/** Reference codes the schema cannot know: the municipality must be the district's, the residence category known. */
export async function assertPersonReferences(executor: TDbExecutor, input: TPersonFields): Promise<void> {
  const [found] = await executor
    .select({
      isMunicipalityKnown: sql<boolean>`exists (select 1 from ${municipalities} where ${municipalities.ags} = ${input.municipalityAgs})`,
      isResidenceCategoryKnown: sql<boolean>`(${input.residenceCategory}::text is null or exists (
        select 1 from ${residenceCategories} where ${residenceCategories.code} = ${input.residenceCategory}))`,
    })
    .from(sql`(select 1) as probe`);
  const violations: { pointer: string; code: TFieldMessageCode }[] = [];
  if (!found?.isMunicipalityKnown) violations.push({ pointer: "/body/municipalityAgs", code: "municipality_unknown" });
  if (!found?.isResidenceCategoryKnown) {
    violations.push({ pointer: "/body/residenceCategory", code: "residence_category_unknown" });
  }
  if (violations.length > 0) throw new FieldRuleViolation(violations);
}

function personColumnsOf(input: TPersonFields & Pick<TPersonInputParsed, "otherNames">) {
  return {
    ...personSearchKeys([input, ...input.otherNames]),
    givenName: input.givenName,
    familyName: input.familyName,
    birthYear: input.birthYear,
    birthMonth: input.birthMonth,
    birthDay: input.birthDay,
    sex: input.sex,
    nationalities: input.nationalities,
    municipalityAgs: input.municipalityAgs,
    residenceCategory: input.residenceCategory,
    permitExpiresOn: input.permitExpiresOn,
    arrivedInGermanyOn: input.arrivedInGermanyOn,
    arrivedInMunicipalityOn: input.arrivedInMunicipalityOn,
    firstContactOn: input.firstContactOn,
    street: input.street ?? null,
    postalCode: input.postalCode ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    preferredChannel: input.preferredChannel ?? null,
    preferredLanguage: input.preferredLanguage ?? null,
  };
}

/** Writes a new person with their further names and languages; returns the new id. */
export async function insertPersonRecord(executor: TDbExecutor, input: TPersonInputParsed): Promise<string> {
  const [created] = await executor.insert(persons).values(personColumnsOf(input)).returning({ id: persons.id });
  if (!created) throw new Error("person not created");
  await replaceNamesAndLanguages(executor, created.id, input);
  return created.id;
}

/** Replaces a person's further names and languages with those of the input. */
export async function replaceNamesAndLanguages(
  executor: TDbExecutor,
  personId: string,
  input: { otherNames: readonly TStoredName[]; languages: TPerson["languages"] },
): Promise<void> {
  await executor.delete(personNames).where(eq(personNames.personId, personId));
  await executor.delete(personLanguages).where(eq(personLanguages.personId, personId));
  if (input.otherNames.length > 0) {
    await executor
      .insert(personNames)
      .values(input.otherNames.map((name, position) => ({ ...name, personId, position })));
  }
  if (input.languages.length > 0) {
    await executor
      .insert(personLanguages)
      .values(input.languages.map((entry, position) => ({ ...entry, personId, position })));
  }
}

/** The stored record in the shape staff enter it. */
function toStoredInput(current: TPerson) {
  return {
    givenName: current.givenName,
    familyName: current.familyName,
    otherNames: current.otherNames.flatMap(({ kind, script, givenName, familyName }) =>
      kind === "passport" ? [] : [{ kind, script, givenName, familyName }],
    ),
    birthYear: current.birthYear,
    birthMonth: current.birthMonth,
    birthDay: current.birthDay,
    sex: current.sex,
    nationalities: current.nationalities,
    languages: current.languages,
    arrivedInGermanyOn: current.arrivedInGermanyOn,
    arrivedInMunicipalityOn: current.arrivedInMunicipalityOn,
    firstContactOn: current.firstContactOn,
    residenceCategory: current.residenceCategory,
    permitExpiresOn: current.permitExpiresOn,
    municipalityAgs: current.municipalityAgs,
    street: current.street,
    postalCode: current.postalCode,
    phone: current.phone,
    email: current.email,
    preferredChannel: current.preferredChannel,
    preferredLanguage: current.preferredLanguage,
  };
}

/**
 * The stored record with the patch applied, checked as a whole against ZPersonInput (a 422 with
 * field problems if the result breaks a rule, e.g. a new arrival date before the old one).
 */
export function applyPersonPatch(current: TPerson, patch: TPersonPatch): TPersonInputParsed {
  const stored = toStoredInput(current);
  const result = ZPersonInput.safeParse({ ...stored, ...patch }, { reportInput: true });
  if (!result.success) throw new RequestValidationError(result.error.issues);
  return result.data;
}

/**
 * The fields of a patch whose value differs from the stored one: the staff form sends the whole
 * record, and the audit trail (and the file's timeline) should name what was corrected.
 */
export function listChangedFields(current: TPerson, record: TPersonInputParsed, sent: readonly string[]): string[] {
  const stored: Record<string, unknown> = toStoredInput(current);
  const updated: Record<string, unknown> = record;
  return sent.filter((key) => toComparable(stored[key]) !== toComparable(updated[key])).sort();
}

/** A value as text that ignores the order of object keys (rows of lists keep their order). */
function toComparable(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner !== null && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** Writes the merged record; names and languages only when the patch replaced them. */
export async function updatePersonRecord(
  executor: TDbExecutor,
  personId: string,
  record: TPersonInputParsed,
  patch: TPersonPatch,
): Promise<void> {
  await executor
    .update(persons)
    .set({ ...personColumnsOf(record), updatedAt: sql`now()` })
    .where(eq(persons.id, personId));
  if (patch.otherNames !== undefined || patch.languages !== undefined) {
    await replaceNamesAndLanguages(executor, personId, record);
  }
}
