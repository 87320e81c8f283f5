import type { TConceptPart } from "../../common/steering/concept.js";

/** What the history needs to say stored values in words: names for ids and codes, labels for statuses. */
export type THistoryLookups = {
  organisationName: (id: string) => string | undefined;
  municipalityName: (ags: string) => string | undefined;
  fieldOfActionName: (code: string) => string | undefined;
  periodStatus: (status: string) => string | undefined;
  measureStatus: (status: string) => string | undefined;
  indicatorKey: (key: string) => string | undefined;
  formatNumber: (value: number) => string;
  formatEuro: (amount: number) => string;
};

/** Years and numbers of parts read as they are typed, without thousands separators. */
const plainNumberFields = new Set(["startYear", "endYear", "baselineYear", "number"]);

const isTarget = (value: unknown): value is { year: number; value: number } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { year?: unknown }).year === "number" &&
  typeof (value as { value?: unknown }).value === "number";

function plain(value: unknown, lookups: THistoryLookups): string {
  if (typeof value === "number") return lookups.formatNumber(value);
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/**
 * A field's stored value before or after a change, in words; null where there was none. Ids and
 * codes are named as they are now (an organisation since removed keeps its id).
 */
export function describeChangeValue(
  part: TConceptPart,
  field: string,
  value: unknown,
  lookups: THistoryLookups,
): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (Array.isArray(value) && value.length === 0) return null;
  const named = (lookup: (key: string) => string | undefined) => (key: unknown) =>
    typeof key === "string" ? (lookup(key) ?? key) : plain(key, lookups);
  const list = (lookup: (key: string) => string | undefined) =>
    Array.isArray(value) ? value.map(named(lookup)).join(", ") : named(lookup)(value);
  if (typeof value === "number" && plainNumberFields.has(field)) return String(value);
  switch (field) {
    case "budgetEur":
      return typeof value === "number" ? lookups.formatEuro(value) : plain(value, lookups);
    case "responsibleOrganisationId":
    case "partnerOrganisationIds":
      return list(lookups.organisationName);
    case "municipalityAgs":
      return list(lookups.municipalityName);
    case "fieldOfActionCode":
      return list(lookups.fieldOfActionName);
    case "indicatorKey":
      return list(lookups.indicatorKey);
    case "status":
      return list(part === "period" ? lookups.periodStatus : lookups.measureStatus);
    case "targets":
      return Array.isArray(value)
        ? value
            .map((target) =>
              isTarget(target) ? `${target.year}: ${lookups.formatNumber(target.value)}` : plain(target, lookups),
            )
            .join("; ")
        : plain(value, lookups);
    default:
      return Array.isArray(value) ? value.map((entry) => plain(entry, lookups)).join(", ") : plain(value, lookups);
  }
}
