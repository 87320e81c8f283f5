import { z } from "zod";
import { matchReasons } from "./duplicate-schemas.js";

/**
 * The fields of a person record an arrival list can fill, in the order the wizard shows them. A date
 * of birth is one column (partial dates like 1990 or 03.1990 allowed); nationalities may be several,
 * separated by comma, semicolon or slash.
 */
export const importFields = [
  "familyName",
  "givenName",
  "birthDate",
  "sex",
  "nationalities",
  "arrivedInGermanyOn",
  "arrivedInMunicipalityOn",
  "street",
  "postalCode",
  "municipality",
  "residenceCategory",
  "permitExpiresOn",
  "phone",
  "email",
  "preferredLanguage",
] as const;
export const ZImportField = z.enum(importFields);
export type TImportField = z.infer<typeof ZImportField>;

/** Which column (by its heading) fills which field; a field left out stays empty. */
export const ZImportMapping = z.partialRecord(ZImportField, z.string().min(1).max(200)).meta({ id: "ImportMapping" });
export type TImportMapping = z.infer<typeof ZImportMapping>;

export const importStatuses = ["validated", "committed", "discarded"] as const;
export type TImportStatus = (typeof importStatuses)[number];

/**
 * What the commit does with a row: ok rows are created; error rows never; a likely duplicate (of a
 * registered person or of an earlier row) only when the user includes them; a repeat of an earlier
 * row of the file, or a row imported before (same fingerprint), never — that is what makes an import
 * idempotent.
 */
export const importRowStatuses = ["ok", "error", "likely_duplicate", "in_file_duplicate", "already_imported"] as const;
export const ZImportRowStatus = z.enum(importRowStatuses);
export type TImportRowStatus = z.infer<typeof ZImportRowStatus>;

/** Why a row cannot be imported as it is, in both languages of the staff app. */
export const ZImportReason = z
  .object({
    field: ZImportField.nullable(),
    column: z.string().nullable(),
    code: z.string(),
    message: z.object({ de: z.string(), en: z.string() }),
  })
  .meta({ id: "ImportReason" });
export type TImportReason = z.infer<typeof ZImportReason>;

export const ZImportCandidate = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("row"), rowNumber: z.number().int() }),
    z.object({
      kind: z.literal("person"),
      id: z.uuid(),
      givenName: z.string(),
      familyName: z.string(),
      birthYear: z.number().int().nullable(),
      birthMonth: z.number().int().nullable(),
      birthDay: z.number().int().nullable(),
      municipalityAgs: z.string(),
      score: z.number().int().min(0).max(100),
      reasons: z.array(z.enum(matchReasons)),
    }),
  ])
  .meta({ id: "ImportCandidate" });
export type TImportCandidate = z.infer<typeof ZImportCandidate>;

export const ZImportCounts = z
  .object({
    rows: z.number().int(),
    ok: z.number().int(),
    error: z.number().int(),
    likelyDuplicate: z.number().int(),
    inFileDuplicate: z.number().int(),
    alreadyImported: z.number().int(),
  })
  .meta({ id: "ImportCounts" });
export type TImportCounts = z.infer<typeof ZImportCounts>;

export const ZArrivalImport = z
  .object({
    id: z.uuid(),
    fileName: z.string(),
    fileSha256: z.string(),
    format: z.enum(["csv", "xlsx"]),
    encoding: z.string().nullable(),
    headers: z.array(z.string()),
    mapping: ZImportMapping,
    suggestedMapping: ZImportMapping,
    status: z.enum(importStatuses),
    counts: ZImportCounts,
    createdPersons: z.number().int().nullable(),
    /** The same file (by its SHA-256) committed before by anyone the actor shares an organisation with. */
    sameFileCommittedAt: z.iso.datetime({ offset: true }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    committedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "ArrivalImport" });
export type TArrivalImport = z.infer<typeof ZArrivalImport>;

export const ZImportId = z.strictObject({ id: z.uuid() });

export const ZImportUploadQuery = z.strictObject({ fileName: z.string().trim().min(1).max(255) });

export const ZImportMappingChange = z.strictObject({ mapping: ZImportMapping });

export const ZImportRowsQuery = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  status: ZImportRowStatus.optional(),
});
export type TImportRowsQuery = z.output<typeof ZImportRowsQuery>;

export const ZImportRow = z
  .object({
    rowNumber: z.number().int(),
    cells: z.array(z.string()),
    status: ZImportRowStatus,
    familyName: z.string().nullable(),
    givenName: z.string().nullable(),
    reasons: z.array(ZImportReason),
    candidate: ZImportCandidate.nullable(),
  })
  .meta({ id: "ImportRow" });
export type TImportRow = z.infer<typeof ZImportRow>;

export const ZImportRows = z
  .object({ items: z.array(ZImportRow), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() })
  .meta({ id: "ImportRows" });
export type TImportRows = z.infer<typeof ZImportRows>;

export const ZImportCommit = z.strictObject({
  /** Also create the rows that look like a registered person or an earlier row. */
  includeLikelyDuplicates: z.boolean().default(false),
});

export const ZImportCommitResult = z
  .object({ import: ZArrivalImport, createdPersons: z.number().int() })
  .meta({ id: "ImportCommitResult" });
export type TImportCommitResult = z.infer<typeof ZImportCommitResult>;
