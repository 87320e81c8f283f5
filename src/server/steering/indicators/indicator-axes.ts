import { asc, eq, type SQL, sql } from "drizzle-orm";
import type { TCaseCloseReason } from "../../../common/counselling/case-schemas.js";
import { caseCloseReasons } from "../../../common/counselling/case-schemas.js";
import type { TIndicatorAxisItem } from "../../../common/steering/indicator-schemas.js";
import { bucketOf, type TIndicatorDimension, type TIndicatorGranularity } from "../../../common/steering/indicators.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { fieldsOfAction, municipalities, municipalUnits } from "../../platform/reference/reference-tables.js";

const closeReasonLabels: Record<TCaseCloseReason, { de: string; en: string }> = {
  goals_reached: { de: "Ziele erreicht", en: "goals reached" },
  no_longer_needed: { de: "Beratung nicht mehr nötig", en: "counselling no longer needed" },
  moved_away: { de: "weggezogen", en: "moved away" },
  no_contact: { de: "kein Kontakt mehr", en: "no more contact" },
  declined_by_person: { de: "von der Person abgelehnt", en: "declined by the person" },
  other: { de: "anderer Grund", en: "other reason" },
};

const notStated = { de: "ohne Angabe", en: "not stated" };

/** The staff app's languages; labels come in these. */
export type TLabelLanguage = "de" | "en";

/** The buckets (first months, YYYY-MM) from `from` to `to`, each labelled as a month, quarter or year. */
export function periodItems(from: string, to: string, granularity: TIndicatorGranularity): TIndicatorAxisItem[] {
  const items: TIndicatorAxisItem[] = [];
  let [year, month] = bucketOf(from, granularity).split("-").map(Number) as [number, number];
  const step = granularity === "month" ? 1 : granularity === "quarter" ? 3 : 12;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key > to) break;
    items.push({ key, label: periodLabel(year, month, granularity) });
    month += step;
    while (month > 12) {
      month -= 12;
      year += 1;
    }
  }
  return items;
}

function periodLabel(year: number, month: number, granularity: TIndicatorGranularity): string {
  if (granularity === "year") return String(year);
  if (granularity === "quarter") return `${year} Q${(month - 1) / 3 + 1}`;
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** A municipality within reach with its administration, for the map with its coordinates. */
export type TPlace = {
  ags: string;
  name: string;
  latitude: number;
  longitude: number;
  unitKey: string;
  unitName: string;
};

/** The municipalities within reach (optionally of one unit), by name. */
export async function readPlaces(db: TDbExecutor, reach: SQL, unit: string | undefined): Promise<TPlace[]> {
  return db
    .select({
      ags: municipalities.ags,
      name: municipalities.name,
      latitude: municipalities.latitude,
      longitude: municipalities.longitude,
      unitKey: municipalUnits.key,
      unitName: municipalUnits.name,
    })
    .from(municipalities)
    .innerJoin(municipalUnits, eq(municipalUnits.key, municipalities.municipalUnitKey))
    .where(sql`${reach} ${unit ? sql`and ${municipalUnits.key} = ${unit}` : sql``}`)
    .orderBy(asc(municipalities.name));
}

/** The administrations of the places, by name. */
export function unitItems(places: readonly TPlace[]): TIndicatorAxisItem[] {
  const units = new Map(places.map((place) => [place.unitKey, place.unitName]));
  return [...units].map(([key, label]) => ({ key, label })).sort((a, b) => a.label.localeCompare(b.label, "de"));
}

export function municipalityItems(places: readonly TPlace[]): TIndicatorAxisItem[] {
  return places.map((place) => ({
    key: place.ags,
    label: place.name,
    latitude: place.latitude,
    longitude: place.longitude,
  }));
}

/** The values of an indicator's dimension in their usual order, plus `""` ("not stated") when the data has it. */
export async function dimensionItems(
  db: TDbExecutor,
  dimension: TIndicatorDimension | null,
  language: TLabelLanguage,
  present: ReadonlySet<string>,
): Promise<TIndicatorAxisItem[]> {
  const items: TIndicatorAxisItem[] =
    dimension === "field_of_action"
      ? (
          await db
            .select({ key: fieldsOfAction.code, de: fieldsOfAction.nameDe, en: fieldsOfAction.nameEn })
            .from(fieldsOfAction)
            .orderBy(asc(fieldsOfAction.position))
        ).map((row) => ({ key: row.key, label: row[language] }))
      : dimension === "close_reason"
        ? caseCloseReasons.map((key) => ({ key, label: closeReasonLabels[key][language] }))
        : [];
  if (present.has("")) items.push({ key: "", label: notStated[language] });
  return items;
}
