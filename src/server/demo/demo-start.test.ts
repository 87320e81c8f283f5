import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type TConfig } from "../platform/config/config.js";
import type { TDatabase } from "../platform/db/database.js";
import { createTestDatabase } from "../testing/test-database.js";
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./demo-logins.js";
import { seedDemoDataIfWanted } from "./demo-start.js";

const logger = pino({ level: "silent" });
// One empty database for the cases that must not touch it, then for the seeding itself.
let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

/** The config of an embedded installation, unless a DATABASE_URL is given. */
function configWith(env: Record<string, string>): TConfig {
  return loadConfig({ KOMMMIT_DEMO_PERSONS: "150", ...env });
}

async function countPersons(target: TDatabase): Promise<number> {
  const result = await target.pool.query<{ count: string }>("select count(*) from persons");
  return Number(result.rows[0]?.count);
}

describe("seedDemoDataIfWanted", () => {
  it("does nothing when demo data is off", async () => {
    expect(await seedDemoDataIfWanted(database, configWith({ KOMMMIT_DEMO_DATA: "off" }), logger)).toEqual([]);
    expect(await countPersons(database)).toBe(0);
  });

  it("does nothing in auto mode against a PostgreSQL server", async () => {
    const config = configWith({ KOMMMIT_DEMO_DATA: "auto", DATABASE_URL: "postgres://kommmit@db.invalid/kommmit" });
    expect(await seedDemoDataIfWanted(database, config, logger)).toEqual([]);
    expect(await countPersons(database)).toBe(0);
  });

  it("does nothing in auto mode when the embedded installation listens beyond loopback", async () => {
    const config = configWith({ KOMMMIT_DEMO_DATA: "auto", HOST: "0.0.0.0" });
    expect(await seedDemoDataIfWanted(database, config, logger)).toEqual([]);
    expect(await countPersons(database)).toBe(0);
  });

  it("seeds an empty embedded installation in auto mode, once", async () => {
    const config = configWith({ KOMMMIT_DEMO_DATA: "auto" });
    const lines = await seedDemoDataIfWanted(database, config, logger);
    expect(await countPersons(database)).toBe(150);
    expect(lines[0]).toMatch(/^admin@demo\.kommmit\.invalid +\* \(Administrator, Landkreis Osnabrück\)$/);
    expect(lines.some((line) => /caseworker\.bramsche@.*\(Caseworker, Stadt Bramsche\)/.test(line))).toBe(true);
    expect(lines).toContain(`Password for all demo logins: ${DEMO_PASSWORD}`);
    expect(lines.join("\n")).toContain(`TOTP secret ${DEMO_TOTP_SECRET}`);
    expect(lines.join("\n")).toContain("npm run demo:totp");
    expect(lines.find((line) => line.startsWith("coordinator@"))).toMatch(/^coordinator@\S+ +\(District/);
    const enrolled = await database.pool.query<{ email: string; secret: string }>(
      "select email, secret from users join totp_credentials on user_id = users.id where confirmed_at is not null",
    );
    expect(enrolled.rows.map((row) => row.email).sort()).toEqual(
      lines
        .filter((line) => /^\S+@\S+ +\*/.test(line))
        .map((line) => line.split(" ")[0])
        .sort(),
    );
    expect(new Set(enrolled.rows.map((row) => row.secret))).toEqual(new Set([DEMO_TOTP_SECRET]));

    const again = await seedDemoDataIfWanted(database, config, logger);
    expect(again).toEqual(lines);
    expect(await countPersons(database)).toBe(150);
  });

  it("never creates usable demo logins on a server database, even when demo data is on", async () => {
    const server = await createTestDatabase();
    try {
      const config = configWith({ KOMMMIT_DEMO_DATA: "on", DATABASE_URL: "postgres://kommmit@db.invalid/kommmit" });
      expect(await seedDemoDataIfWanted(server, config, logger)).toEqual([]);
      expect(await countPersons(server)).toBe(150);
      const demoUsers = await server.pool.query<{ is_active: boolean; password_hash: string | null }>(
        "select is_active, password_hash from users where email like '%@demo.kommmit.invalid'",
      );
      expect(demoUsers.rows.length).toBeGreaterThan(0);
      expect(demoUsers.rows.every((row) => !row.is_active && row.password_hash === null)).toBe(true);
      const enrolled = await server.pool.query("select 1 from totp_credentials");
      expect(enrolled.rows).toHaveLength(0);
      expect(await seedDemoDataIfWanted(server, config, logger)).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("leaves a database with real data alone, even when demo data is on", async () => {
    const inUse = await createTestDatabase();
    try {
      await inUse.pool.query(
        "insert into organisations (kind, name, district_ags) values ('district', 'Landkreis Osnabrück', '03459')",
      );
      expect(await seedDemoDataIfWanted(inUse, configWith({ KOMMMIT_DEMO_DATA: "on" }), logger)).toEqual([]);
      expect(await countPersons(inUse)).toBe(0);
    } finally {
      await inUse.close();
    }
  });
});
