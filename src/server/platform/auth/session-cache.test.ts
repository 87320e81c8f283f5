import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildOrganisation, buildUser, testGeography } from "../../testing/factories.js";
import { createTestDatabase } from "../../testing/test-database.js";
import { openDatabase, type TDatabase } from "../db/database.js";
import type { TInvalidationListener, TInvalidations } from "../db/invalidations.js";
import { organisations } from "../organisations/organisation-tables.js";
import { memberships, sessions, users } from "./auth-tables.js";
import { createSessionResolver, type TSessionCacheSettings } from "./session-cache.js";
import { createSession, hashToken } from "./session-service.js";

const policy = { idleMinutes: 30, absoluteHours: 12 };
const settings: TSessionCacheSettings = { maxAgeSeconds: 30, maxEntries: 100 };
const client = { ipAddress: "127.0.0.1", userAgent: "test" };

let database: TDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

async function signedInUser() {
  const municipality = await buildOrganisation(database.db, {
    kind: "municipal_unit",
    municipalUnitKey: testGeography.bramsche.unitKey,
  });
  const { user, organisation } = await buildUser(database.db, { role: "caseworker", organisation: municipality });
  return { user, organisation, token: await createSession(database.db, user.id, policy, client) };
}

/** Invalidations the test drives by hand. */
function createManualInvalidations(isListening: boolean) {
  const listeners: TInvalidationListener[] = [];
  const invalidations: TInvalidations = {
    isListening: () => isListening,
    subscribe(_topic, listener) {
      listeners.push(listener);
      return () => undefined;
    },
    listenOn: async () => undefined,
    close: async () => undefined,
  };
  const invalidate = (key: string) => {
    for (const listener of listeners) listener.onInvalidate(key);
  };
  return { invalidations, invalidate };
}

describe("session cache", () => {
  it("answers a repeated lookup from memory, with the same session", async () => {
    const { user, token } = await signedInUser();
    const resolver = createSessionResolver(database.db, policy, database.invalidations, settings);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    const first = await resolver.resolve(token);
    const second = await resolver.resolve(token);
    expect(first?.userId).toBe(user.id);
    expect(second).toEqual(first);
    expect(resolver.hits).toBe(1);
  });

  const changes: [string, (user: { id: string }, token: string) => Promise<unknown>][] = [
    [
      "the user is deactivated",
      (user) => database.db.update(users).set({ isActive: false }).where(eq(users.id, user.id)),
    ],
    [
      "the session ends",
      (_user, token) => database.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))),
    ],
    [
      "the session's expiry is brought forward",
      (_user, token) =>
        database.db
          .update(sessions)
          .set({ absoluteExpiresAt: new Date(Date.now() - 1000) })
          .where(eq(sessions.tokenHash, hashToken(token))),
    ],
    ["the role is revoked", (user) => database.db.delete(memberships).where(eq(memberships.userId, user.id))],
  ];

  it.each(changes)("asks the database again once %s, and finds no session", async (_name, change) => {
    const { user, token } = await signedInUser();
    const resolver = createSessionResolver(database.db, policy, database.invalidations, settings);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    await resolver.resolve(token);
    await change(user, token);
    const after = await resolver.resolve(token);
    expect(resolver.hits).toBe(0);
    if (after) expect(after.memberships).toEqual([]);
  });

  it("sees a granted role and a changed organisation area at the next request", async () => {
    const { user, organisation, token } = await signedInUser();
    const resolver = createSessionResolver(database.db, policy, database.invalidations, settings);
    await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
    await resolver.resolve(token);
    await database.db
      .update(organisations)
      .set({ municipalUnitKey: testGeography.melle.unitKey })
      .where(eq(organisations.id, organisation.id));
    expect((await resolver.resolve(token))?.memberships.map((membership) => membership.municipalUnitKey)).toEqual([
      testGeography.melle.unitKey,
    ]);
    const district = await buildOrganisation(database.db);
    await database.db.insert(memberships).values({ userId: user.id, organisationId: district.id, role: "auditor" });
    const roles = (await resolver.resolve(token))?.memberships.map((membership) => membership.role);
    expect(roles?.sort()).toEqual(["auditor", "caseworker"]);
    await database.db
      .delete(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.organisationId, district.id)));
    expect((await resolver.resolve(token))?.memberships.map((membership) => membership.role)).toEqual(["caseworker"]);
    expect(resolver.hits).toBe(0);
  });

  it("never keeps a session that still waits for its second factor", async () => {
    const { user } = await buildUser(database.db, { role: "caseworker" });
    const token = await createSession(database.db, user.id, policy, client, "second_factor_pending");
    const resolver = createSessionResolver(database.db, policy, database.invalidations, settings);
    await resolver.resolve(token);
    expect((await resolver.resolve(token))?.stage).toBe("second_factor_pending");
    expect(resolver.hits).toBe(0);
  });

  it("does not keep what it read while an invalidation arrived", async () => {
    const { token } = await signedInUser();
    const manual = createManualInvalidations(true);
    const resolver = createSessionResolver(database.db, policy, manual.invalidations, settings);
    const racing = resolver.resolve(token);
    manual.invalidate("somebody");
    await racing;
    await resolver.resolve(token);
    expect(resolver.hits).toBe(0);
    await resolver.resolve(token);
    expect(resolver.hits).toBe(1);
  });

  it("keeps nothing while changes cannot be heard, or when turned off", async () => {
    const { token } = await signedInUser();
    const deaf = createSessionResolver(database.db, policy, createManualInvalidations(false).invalidations, settings);
    const off = createSessionResolver(database.db, policy, database.invalidations, { ...settings, maxAgeSeconds: 0 });
    for (const resolver of [deaf, off]) {
      await resolver.resolve(token);
      expect((await resolver.resolve(token))?.stage).toBe("complete");
      expect(resolver.hits).toBe(0);
    }
  });

  it("trusts a lookup no longer than its maximum age, and holds no more than its maximum entries", async () => {
    const [first, second] = [await signedInUser(), await signedInUser()];
    const manual = createManualInvalidations(true);
    const aged = createSessionResolver(database.db, policy, manual.invalidations, { ...settings, maxAgeSeconds: 1 });
    await aged.resolve(first.token);
    await aged.resolve(first.token);
    expect(aged.hits).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await aged.resolve(first.token);
    expect(aged.hits).toBe(1);

    const small = createSessionResolver(database.db, policy, manual.invalidations, { ...settings, maxEntries: 1 });
    await small.resolve(first.token);
    await small.resolve(second.token);
    await small.resolve(first.token);
    expect(small.hits).toBe(0);
    await small.resolve(first.token);
    expect(small.hits).toBe(1);
  });

  it.runIf(process.env.TEST_DATABASE_URL !== undefined)(
    "drops a session that another process on the same server ended",
    async () => {
      const { token } = await signedInUser();
      const resolver = createSessionResolver(database.db, policy, database.invalidations, settings);
      await vi.waitFor(() => expect(database.invalidations.isListening()).toBe(true));
      await resolver.resolve(token);
      const { rows } = await database.pool.query<{ name: string }>("select current_database() as name");
      const url = new URL(process.env.TEST_DATABASE_URL ?? "");
      url.pathname = `/${rows[0]?.name}`;
      const otherProcess = await openDatabase({ kind: "server", url: url.toString() }, { poolSize: 1 });
      try {
        await otherProcess.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
        await vi.waitFor(async () => expect(await resolver.resolve(token)).toBeUndefined());
      } finally {
        await otherProcess.close();
      }
    },
  );
});
