import { listMunicipalities } from "../../src/server/platform/reference/reference-service.js";
import { captureStatement } from "../lib/capture-sql.js";
import type { TScenario } from "../lib/scenario.js";

const path = "/api/municipalities?sort=population";

/**
 * A database-backed list endpoint over HTTP (routing, zod query validation, drizzle row mapping,
 * zod response serialization, the network stack) against the very SQL it sends, run through the
 * `pg` driver on the same pool. The database does the same work on both sides.
 */
export const municipalitiesListScenario: TScenario = {
  name: "municipalities-list",
  description: `GET ${path} over HTTP vs the SQL drizzle generates for it, run directly through pg`,
  async setUp({ server }) {
    const { pool } = server.database;
    const statement = await captureStatement(pool, (db) => listMunicipalities(db, { sort: "population" }));
    const url = `${server.url}${path}`;
    const response = await fetch(url);
    const body: unknown = await response.json();
    const direct = await pool.query(statement.text, statement.values);
    if (response.status !== 200 || !Array.isArray(body) || body.length !== direct.rowCount || body.length === 0) {
      throw new Error(`municipalities sides differ: HTTP ${response.status}, pg ${direct.rowCount} rows`);
    }
    return {
      subject: { label: `KommMit GET ${path}`, workload: { kind: "http", url } },
      baseline: {
        label: "same SQL via pg",
        workload: { kind: "call", call: () => pool.query(statement.text, statement.values) },
      },
    };
  },
};
