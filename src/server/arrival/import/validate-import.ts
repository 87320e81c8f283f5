import { createHash } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import type {
  TImportCandidate,
  TImportCounts,
  TImportMapping,
  TImportReason,
  TImportRowStatus,
} from "../../../common/arrival/import-schemas.js";
import type { TPersonInputParsed } from "../../../common/arrival/person-input-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalities, residenceCategories } from "../../platform/reference/reference-tables.js";
import { skeletonKey } from "../duplicates/name-keys.js";
import { normaliseName } from "../duplicates/name-normalisation.js";
import { personSearchKeys } from "../duplicates/person-search-keys.js";
import type { TArrivalRow } from "./collect-arrival-table.js";
import {
  alreadyImportedReason,
  buildDuplicateReason,
  buildFieldRuleReason,
  buildRepeatReason,
} from "./import-reasons.js";
import { arrivalImportPersons } from "./import-tables.js";
import { mapImportRow, resolveColumns, type TReferenceIndexes } from "./map-import-row.js";
import { buildMunicipalityIndex, buildResidenceIndex } from "./parse-import-cells.js";
import { findRegistryDuplicates } from "./registry-duplicates.js";
import type { TStagedRecord } from "./staged-record.js";

export type TValidatedRow = {
  rowNumber: number;
  cells: string[];
  status: TImportRowStatus;
  reasons: TImportReason[];
  candidate: TImportCandidate | null;
  record: TStagedRecord | null;
  fingerprint: string | null;
};

/** The person scopes the validation needs: who may be created where, and which records may be shown. */
export type TImportScopes = { create: SQL; list: SQL };

async function loadReferences(executor: TDbExecutor): Promise<TReferenceIndexes> {
  // One after the other: inside a transaction both would queue on its one connection anyway.
  const municipalityRows = await executor
    .select({ ags: municipalities.ags, name: municipalities.name })
    .from(municipalities);
  const categoryRows = await executor
    .select({
      code: residenceCategories.code,
      nameDe: residenceCategories.nameDe,
      legalBasis: residenceCategories.legalBasis,
    })
    .from(residenceCategories);
  return {
    municipalities: buildMunicipalityIndex(municipalityRows),
    residenceCategories: buildResidenceIndex(categoryRows),
  };
}

/**
 * The municipalities where the actor may create persons: the create scope evaluated for a record
 * that has nothing but its municipality (jsonb_populate_record fills the other columns with null),
 * once per municipality, so the rows need no scope query of their own.
 */
async function listCreatableMunicipalities(executor: TDbExecutor, createScope: SQL): Promise<Set<string>> {
  const result = await executor.execute<{ ags: string }>(sql`
    select m.ags from municipalities m
    cross join lateral jsonb_populate_record(null::persons, jsonb_build_object('municipality_ags', m.ags)) as persons
    where ${createScope}`);
  return new Set(result.rows.map((row) => row.ags));
}

function toStagedRecord(record: TPersonInputParsed): TStagedRecord {
  const keys = personSearchKeys([record]);
  return {
    given_name: record.givenName,
    family_name: record.familyName,
    birth_year: record.birthYear,
    birth_month: record.birthMonth,
    birth_day: record.birthDay,
    sex: record.sex,
    nationalities: record.nationalities,
    municipality_ags: record.municipalityAgs,
    residence_category: record.residenceCategory,
    arrived_in_germany_on: record.arrivedInGermanyOn,
    arrived_in_municipality_on: record.arrivedInMunicipalityOn,
    permit_expires_on: record.permitExpiresOn,
    street: record.street ?? null,
    postal_code: record.postalCode ?? null,
    phone: record.phone ?? null,
    email: record.email ?? null,
    preferred_language: record.preferredLanguage ?? null,
    given_keys: keys.givenKeys,
    family_keys: keys.familyKeys,
    family_normalised: keys.familyNormalised,
  };
}

/**
 * SHA-256 of the record as it would be stored, names in their comparable form: the same person in
 * the same list (or in a later export that repeats them, whatever the column order, encoding or
 * format) has the same fingerprint, and is created once.
 */
function fingerprintOf(record: TStagedRecord): string {
  const { given_keys: _given, family_keys: _family, family_normalised: _normalised, ...facts } = record;
  const normalised = {
    ...facts,
    given_name: normaliseName(facts.given_name),
    family_name: normaliseName(facts.family_name),
    email: facts.email?.toLowerCase() ?? null,
  };
  return createHash("sha256").update(JSON.stringify(normalised)).digest("hex");
}

/** Same name and date of birth, spelt alike: a person listed twice with a difference elsewhere. */
function similarityKeyOf(record: TStagedRecord): string {
  const skeleton = (name: string) => skeletonKey(normaliseName(name).replaceAll(" ", ""));
  return [
    skeleton(record.family_name),
    skeleton(record.given_name),
    record.birth_year,
    record.birth_month,
    record.birth_day,
  ].join("|");
}

/** Fingerprints already committed, in one statement with one array parameter (not one placeholder per row). */
async function findImportedFingerprints(executor: TDbExecutor, fingerprints: string[]): Promise<Set<string>> {
  const rows = await executor
    .select({ fingerprint: arrivalImportPersons.fingerprint })
    .from(arrivalImportPersons)
    .where(sql`${arrivalImportPersons.fingerprint} = any(${sql.param(fingerprints)}::text[])`);
  return new Set(rows.map((row) => row.fingerprint));
}

export function countRows(rows: readonly { status: TImportRowStatus }[]): TImportCounts {
  const counts: TImportCounts = {
    rows: rows.length,
    ok: 0,
    error: 0,
    likelyDuplicate: 0,
    inFileDuplicate: 0,
    alreadyImported: 0,
  };
  const keys = {
    ok: "ok",
    error: "error",
    likely_duplicate: "likelyDuplicate",
    in_file_duplicate: "inFileDuplicate",
    already_imported: "alreadyImported",
  } as const;
  for (const row of rows) counts[keys[row.status]] += 1;
  return counts;
}

/**
 * Every row checked (docs/arrival-import.md): mapped and validated with the registration rules, the
 * municipality within the actor's area, then repeats within the file, rows imported before, and
 * likely duplicates among the registered persons the actor may see.
 */
export async function validateImportRows(
  executor: TDbExecutor,
  scopes: TImportScopes,
  file: { headers: readonly string[]; rows: readonly TArrivalRow[] },
  mapping: TImportMapping,
): Promise<TValidatedRow[]> {
  const references = await loadReferences(executor);
  const creatable = await listCreatableMunicipalities(executor, scopes.create);
  const columns = resolveColumns(file.headers, mapping);
  const municipalityColumn = mapping.municipality ?? null;
  const firstByFingerprint = new Map<string, number>();
  const firstBySimilarity = new Map<string, number>();
  const validated = file.rows.map((row): TValidatedRow => {
    const mapped = mapImportRow(row.cells, file.headers, columns, references);
    const base = { rowNumber: row.rowNumber, cells: row.cells, candidate: null, record: null, fingerprint: null };
    if (!mapped.record) return { ...base, status: "error", reasons: mapped.reasons };
    if (!creatable.has(mapped.record.municipalityAgs)) {
      const reason = buildFieldRuleReason("municipality_outside_area", "municipality", municipalityColumn);
      return { ...base, status: "error", reasons: [reason] };
    }
    const record = toStagedRecord(mapped.record);
    const fingerprint = fingerprintOf(record);
    const staged = { ...base, record, fingerprint };
    const repeated = firstByFingerprint.get(fingerprint);
    if (repeated !== undefined) {
      return { ...staged, status: "in_file_duplicate", reasons: [buildRepeatReason(repeated)] };
    }
    firstByFingerprint.set(fingerprint, row.rowNumber);
    const similarKey = similarityKeyOf(record);
    const similar = firstBySimilarity.get(similarKey);
    if (similar !== undefined) {
      const candidate = { kind: "row" as const, rowNumber: similar };
      return { ...staged, status: "likely_duplicate", candidate, reasons: [buildDuplicateReason(candidate)] };
    }
    firstBySimilarity.set(similarKey, row.rowNumber);
    return { ...staged, status: "ok", reasons: [] };
  });

  const imported = await findImportedFingerprints(
    executor,
    validated.flatMap((row) => (row.fingerprint ? [row.fingerprint] : [])),
  );
  for (const row of validated) {
    if (row.fingerprint && imported.has(row.fingerprint) && row.status !== "in_file_duplicate") {
      Object.assign(row, { status: "already_imported", candidate: null, reasons: [alreadyImportedReason] });
    }
  }

  const probes = validated.flatMap((row) =>
    row.status === "ok" && row.record
      ? [
          {
            rowNumber: row.rowNumber,
            givenName: row.record.given_name,
            familyName: row.record.family_name,
            birthYear: row.record.birth_year,
            birthMonth: row.record.birth_month,
            birthDay: row.record.birth_day,
            sex: row.record.sex,
            givenKeys: row.record.given_keys,
            familyKeys: row.record.family_keys,
          },
        ]
      : [],
  );
  const duplicates = await findRegistryDuplicates(executor, probes, scopes.list);
  for (const row of validated) {
    const candidate = duplicates.get(row.rowNumber);
    if (candidate && row.status === "ok") {
      Object.assign(row, { status: "likely_duplicate", candidate, reasons: [buildDuplicateReason(candidate)] });
    }
  }
  return validated;
}
