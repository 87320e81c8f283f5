import type { TImportField, TImportMapping, TImportReason } from "../../../common/arrival/import-schemas.js";
import { type TPersonInputParsed, ZPersonInput } from "../../../common/arrival/person-input-schemas.js";
import { toFieldProblems } from "../../platform/http/validation.js";
import { buildReason } from "./import-reasons.js";
import {
  parseBirthDate,
  parseDate,
  parseLanguage,
  parseMunicipality,
  parseNationalities,
  parseResidenceCategory,
  parseSex,
  type TMunicipalityIndex,
  type TParsed,
  type TResidenceIndex,
} from "./parse-import-cells.js";

export type TReferenceIndexes = { municipalities: TMunicipalityIndex; residenceCategories: TResidenceIndex };

/** Column positions of the mapped fields, resolved once per file. */
export type TColumnMap = Partial<Record<TImportField, number>>;

export function resolveColumns(headers: readonly string[], mapping: TImportMapping): TColumnMap {
  const columns: TColumnMap = {};
  for (const [field, heading] of Object.entries(mapping) as [TImportField, string][]) {
    const index = headers.indexOf(heading);
    if (index >= 0) columns[field] = index;
  }
  return columns;
}

/** Which import field a field of the person record comes from, for the record's own rules. */
const fieldOfRecordKey: Record<string, TImportField> = {
  givenName: "givenName",
  familyName: "familyName",
  birthYear: "birthDate",
  birthMonth: "birthDate",
  birthDay: "birthDate",
  sex: "sex",
  nationalities: "nationalities",
  arrivedInGermanyOn: "arrivedInGermanyOn",
  arrivedInMunicipalityOn: "arrivedInMunicipalityOn",
  street: "street",
  postalCode: "postalCode",
  municipalityAgs: "municipality",
  residenceCategory: "residenceCategory",
  permitExpiresOn: "permitExpiresOn",
  phone: "phone",
  email: "email",
  preferredLanguage: "preferredLanguage",
};

export type TMappedRow = { record: TPersonInputParsed; reasons: [] } | { record: null; reasons: TImportReason[] };

/**
 * One row → a person record checked with the very rules of staff registration (ZPersonInput), or the
 * reasons it fails, each naming its field and column. A cell that cannot be read gives its own reason;
 * the record's rules then see that field as empty, so one mistake is reported once.
 */
export function mapImportRow(
  cells: readonly string[],
  headers: readonly string[],
  columns: TColumnMap,
  references: TReferenceIndexes,
): TMappedRow {
  const reasons: TImportReason[] = [];
  const failed = new Set<TImportField>();
  const cellOf = (field: TImportField): string => {
    const index = columns[field];
    return index === undefined ? "" : (cells[index] ?? "").trim();
  };
  const columnOf = (field: TImportField): string | null => {
    const index = columns[field];
    return index === undefined ? null : (headers[index] ?? null);
  };
  function read<T>(field: TImportField, parsed: TParsed<T>, fallback: T): T {
    if ("value" in parsed) return parsed.value;
    reasons.push(buildReason(parsed.problem, field, columnOf(field)));
    failed.add(field);
    return fallback;
  }
  const textOrNull = (field: TImportField) => cellOf(field) || null;

  if (cells.length > headers.length && cells.slice(headers.length).some((cell) => cell.trim() !== "")) {
    reasons.push(buildReason("row_too_long", null, null));
  }
  const birth = read("birthDate", parseBirthDate(cellOf("birthDate")), {
    birthYear: null,
    birthMonth: null,
    birthDay: null,
  });
  const municipalityAgs = read(
    "municipality",
    parseMunicipality(cellOf("municipality"), references.municipalities),
    null,
  );
  if (municipalityAgs === null && !failed.has("municipality")) {
    reasons.push(buildReason("municipality_missing", "municipality", columnOf("municipality")));
    failed.add("municipality");
  }
  const candidate = {
    familyName: cellOf("familyName"),
    givenName: cellOf("givenName"),
    ...birth,
    sex: read("sex", parseSex(cellOf("sex")), "not_stated"),
    nationalities: read("nationalities", parseNationalities(cellOf("nationalities")), []),
    arrivedInGermanyOn: read("arrivedInGermanyOn", parseDate(cellOf("arrivedInGermanyOn")), null),
    arrivedInMunicipalityOn: read("arrivedInMunicipalityOn", parseDate(cellOf("arrivedInMunicipalityOn")), null),
    permitExpiresOn: read("permitExpiresOn", parseDate(cellOf("permitExpiresOn")), null),
    residenceCategory: read(
      "residenceCategory",
      parseResidenceCategory(cellOf("residenceCategory"), references.residenceCategories),
      null,
    ),
    preferredLanguage: read("preferredLanguage", parseLanguage(cellOf("preferredLanguage")), null),
    municipalityAgs: municipalityAgs ?? "",
    street: textOrNull("street"),
    postalCode: textOrNull("postalCode"),
    phone: textOrNull("phone"),
    email: textOrNull("email"),
  };
  const result = ZPersonInput.safeParse(candidate, { reportInput: true });
  if (result.success && reasons.length === 0) return { record: result.data, reasons: [] };
  if (!result.success) {
    const german = toFieldProblems("row", result.error.issues, "de");
    const english = toFieldProblems("row", result.error.issues, "en");
    german.forEach((problem, index) => {
      const field = fieldOfRecordKey[problem.pointer.split("/")[2] ?? ""] ?? null;
      if (field && failed.has(field)) return;
      reasons.push({
        field,
        column: field ? columnOf(field) : null,
        code: problem.code,
        message: { de: problem.detail, en: english[index]?.detail ?? problem.detail },
      });
    });
  }
  return { record: null, reasons };
}
