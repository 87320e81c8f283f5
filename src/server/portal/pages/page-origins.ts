import { eq, inArray } from "drizzle-orm";
import type { TDbExecutor } from "../../platform/db/database.js";
import { districts, municipalUnits } from "../../platform/reference/reference-tables.js";

/** The name of the district whose municipal units the portal serves (one installation, one district). */
async function findDistrictName(executor: TDbExecutor): Promise<string> {
  const [row] = await executor
    .select({ name: districts.name })
    .from(districts)
    .innerJoin(municipalUnits, eq(municipalUnits.districtAgs, districts.ags))
    .limit(1);
  return row?.name ?? "";
}

/** Names the owners of pages: a municipal unit's name, or the district's for district-wide pages (null). */
export async function findOwnerNames(
  executor: TDbExecutor,
  ownerUnitKeys: (string | null)[],
): Promise<(ownerUnitKey: string | null) => string> {
  const keys = [...new Set(ownerUnitKeys.filter((key) => key !== null))];
  const units =
    keys.length === 0
      ? []
      : await executor
          .select({ key: municipalUnits.key, name: municipalUnits.name })
          .from(municipalUnits)
          .where(inArray(municipalUnits.key, keys));
  const districtName = ownerUnitKeys.includes(null) ? await findDistrictName(executor) : "";
  const names = new Map(units.map((unit) => [unit.key, unit.name]));
  return (ownerUnitKey) => (ownerUnitKey === null ? districtName : (names.get(ownerUnitKey) ?? ownerUnitKey));
}
