import { eq, sql } from "drizzle-orm";
import { persons } from "../../src/server/arrival/arrival-tables.js";
import { users } from "../../src/server/platform/auth/auth-tables.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth/session-cookie.js";
import { createSession } from "../../src/server/platform/auth/session-service.js";
import type { TScenario } from "../lib/scenario.js";

const plainLookup = `select id, given_name, family_name, birth_year, birth_month, birth_day, municipality_ags
  from persons where family_name = $1 and given_name = $2 limit 10`;

/**
 * Search before create (issue 4: top-10 candidates among 1,000,000 persons, p95 under 50 ms on
 * PostgreSQL): the duplicate candidates of a generated person's name and birthday, as the district's
 * caseworker over HTTP, against the plain indexed lookup of the exact name through pg.
 */
export const duplicateCandidatesScenario: TScenario = {
  name: "duplicate-candidates",
  description:
    "GET /api/persons/duplicate-candidates (keys, trigrams, scoring, scope, audit) vs the exact-name index lookup",
  connections: 1,
  async setUp({ server }) {
    const { db, pool } = server.database;
    const [caseworker] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "caseworker@demo.kommmit.invalid"));
    const [person] = await db
      .select({
        id: persons.id,
        givenName: persons.givenName,
        familyName: persons.familyName,
        birthYear: persons.birthYear,
        birthMonth: persons.birthMonth,
        birthDay: persons.birthDay,
      })
      .from(persons)
      .where(sql`${persons.birthMonth} is not null`)
      .orderBy(sql`md5(${persons.id}::text)`)
      .limit(1);
    if (!caseworker || !person) throw new Error("duplicate-candidates needs the demo data");
    const token = await createSession(
      db,
      caseworker.id,
      { idleMinutes: 60, absoluteHours: 12 },
      { ipAddress: "127.0.0.1", userAgent: "bench" },
    );
    const query = new URLSearchParams({
      givenName: person.givenName,
      familyName: person.familyName,
      birthYear: String(person.birthYear),
      birthMonth: String(person.birthMonth),
      ...(person.birthDay === null ? {} : { birthDay: String(person.birthDay) }),
    });
    const url = `${server.url}/api/persons/duplicate-candidates?${query}`;
    const headers = { cookie: `${SESSION_COOKIE}=${token}` };
    const response = await fetch(url, { headers });
    const body = (await response.json()) as { candidates?: { id: string }[] };
    const direct = await pool.query(plainLookup, [person.familyName, person.givenName]);
    if (response.status !== 200 || !body.candidates?.some((candidate) => candidate.id === person.id)) {
      throw new Error(`duplicate-candidates did not find the person itself: ${response.status}`);
    }
    if (direct.rowCount === 0) throw new Error("the plain lookup found nothing");
    return {
      subject: { label: "GET /api/persons/duplicate-candidates", workload: { kind: "http", url, headers } },
      baseline: {
        label: "exact name via pg (index)",
        workload: { kind: "call", call: () => pool.query(plainLookup, [person.familyName, person.givenName]) },
      },
    };
  },
};
