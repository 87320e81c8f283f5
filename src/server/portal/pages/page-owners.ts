import { asc, inArray } from "drizzle-orm";
import type { TPageOwners } from "../../../common/portal/page-schemas.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import type { TPageReach } from "./page-reach.js";

/** The owners a reach covers, for the staff app's owner choice: the district-wide pages first, then units by name. */
export async function listPageOwners(executor: TDbExecutor, reach: TPageReach): Promise<TPageOwners> {
  const units =
    reach.unitKeys.length === 0
      ? []
      : await executor
          .select({ key: municipalUnits.key, name: municipalUnits.name })
          .from(municipalUnits)
          .where(inArray(municipalUnits.key, reach.unitKeys))
          .orderBy(asc(municipalUnits.name));
  const named = new Map(units.map((unit) => [unit.key, unit.name]));
  const unitKeys = [...units.map((unit) => unit.key), ...reach.unitKeys.filter((key) => !named.has(key))];
  return {
    items: [
      ...(reach.isDistrictWide ? [{ owner: "district", unitName: null }] : []),
      ...unitKeys.map((key) => ({ owner: key, unitName: named.get(key) ?? key })),
    ],
  };
}
