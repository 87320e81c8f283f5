import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { type TPerson, ZPerson, ZPersonId } from "../../src/common/arrival/person-schemas.js";
import { buildApp } from "../../src/server/app.js";
import { persons } from "../../src/server/arrival/arrival-tables.js";
import { personRecordColumns, toPerson } from "../../src/server/arrival/persons/person-record.js";
import { modules, type TModule } from "../../src/server/modules.js";
import { users } from "../../src/server/platform/auth/auth-tables.js";
import { SESSION_COOKIE } from "../../src/server/platform/auth/session-cookie.js";
import { createSession } from "../../src/server/platform/auth/session-service.js";
import { loadConfig } from "../../src/server/platform/config/config.js";
import type { TDb } from "../../src/server/platform/db/database.js";
import type { TRunningServer } from "../../src/server/server.js";
import type { TScenario } from "../lib/scenario.js";

/** The same record, read with the same columns, with none of the access layer: no actor, no policy, no scope, no audit. */
function buildUnguardedModule(db: TDb): TModule {
  return {
    name: "bench-unguarded",
    async routes(app) {
      app.get(
        "/bench/persons/:id",
        { schema: { params: ZPersonId, response: { 200: ZPerson } } },
        async (request): Promise<TPerson> => {
          const [person] = await db
            .select(personRecordColumns())
            .from(persons)
            .where(eq(persons.id, request.params.id));
          if (!person) throw new Error("bench person missing");
          return toPerson(person, ["read", "update"]);
        },
      );
    },
  };
}

/** A second app on the bench server's database, with its own modules and settings, listening on its own port. */
async function startSecondApp(server: TRunningServer, appModules: TModule[], environment: Record<string, string>) {
  const app = await buildApp({
    config: loadConfig({ LOG_LEVEL: "silent", ...environment }),
    database: server.database,
    logger: pino({ level: "silent" }),
    jobs: server.jobs,
    modules: appModules,
    isShuttingDown: () => false,
  });
  return { url: await app.listen({ port: 0, host: "127.0.0.1" }), close: () => app.close() };
}

type TVariant = {
  name: string;
  description: string;
  subjectLabel: string;
  /** Serve the subject from a second app with the session cache off, instead of the bench server (cache on). */
  uncached: boolean;
  connections?: number;
};

/**
 * What access control costs a read (the target: under 1 ms added at p95): GET /api/persons/:id
 * as the district's demo caseworker — session lookup with memberships, the policy guard, the scope
 * condition in SQL and the audit event written in the same statement — against the same record
 * served by the same app plumbing on a route without any of them.
 */
function createPersonReadScenario(variant: TVariant): TScenario {
  return {
    name: variant.name,
    description: variant.description,
    connections: variant.connections,
    async setUp({ server }) {
      const { db } = server.database;
      const [caseworker] = await db
        .select({ id: users.id })
        .from(users)
        .where(eq(users.email, "caseworker@demo.kommmit.invalid"));
      const [person] = await db.select({ id: persons.id }).from(persons).orderBy(sql`random()`).limit(1);
      if (!caseworker || !person) throw new Error(`${variant.name} needs the demo data`);
      const token = await createSession(
        db,
        caseworker.id,
        { idleMinutes: 60, absoluteHours: 12 },
        { ipAddress: "127.0.0.1", userAgent: "bench" },
      );
      const unguarded = await startSecondApp(server, [buildUnguardedModule(db)], {});
      const uncached = variant.uncached
        ? await startSecondApp(server, modules, { KOMMMIT_SESSION_CACHE_SECONDS: "0" })
        : undefined;
      const subjectUrl = `${uncached?.url ?? server.url}/api/persons/${person.id}?purpose=bench`;
      const baselineUrl = `${unguarded.url}/bench/persons/${person.id}`;
      const headers = { cookie: `${SESSION_COOKIE}=${token}` };
      const [subject, baseline] = await Promise.all([fetch(subjectUrl, { headers }), fetch(baselineUrl)]);
      const [subjectBody, baselineBody] = await Promise.all([subject.text(), baseline.text()]);
      if (subject.status !== 200 || subjectBody !== baselineBody) {
        throw new Error(`${variant.name} sides differ: ${subject.status} ${subjectBody} vs ${baselineBody}`);
      }
      return {
        subject: { label: variant.subjectLabel, workload: { kind: "http", url: subjectUrl, headers } },
        baseline: { label: "same read, unguarded", workload: { kind: "http", url: baselineUrl } },
        tearDown: async () => {
          await unguarded.close();
          await uncached?.close();
        },
      };
    },
  };
}

export const personReadAccessScenario = createPersonReadScenario({
  name: "person-read-access",
  description: "GET /api/persons/:id as a caseworker (actor + policy + scope + audit) vs the same read unguarded",
  subjectLabel: "GET /api/persons/:id (access layer)",
  uncached: false,
  connections: 1,
});

export const personReadUncachedScenario = createPersonReadScenario({
  name: "person-read-uncached",
  description: "the same, with the session cache off: every request looks the session up in the database",
  subjectLabel: "same, session cache off",
  uncached: true,
  connections: 1,
});

export const personReadLoadScenario = createPersonReadScenario({
  name: "person-read-load",
  description: "the person read under concurrent load (the run's connections): throughput and queueing",
  subjectLabel: "GET /api/persons/:id (access layer)",
  uncached: false,
});
