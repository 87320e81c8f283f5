import type { TDb } from "../db/database.js";
import type { TInvalidationListener, TInvalidations } from "../db/invalidations.js";
import { hashToken, type TLiveSession, type TSessionPolicy, touchSession } from "./session-service.js";

export type TSessionCacheSettings = {
  /** How long a looked-up session is trusted without asking the database again (0: never). */
  maxAgeSeconds: number;
  maxEntries: number;
};

export const defaultMaxCachedSessions = 10_000;

type TEntry = { session: TLiveSession; expiresAt: number };

export type TSessionResolver = {
  /** The live session behind a cookie token, or undefined for none (unknown, expired, user inactive). */
  resolve(token: string): Promise<TLiveSession | undefined>;
  /** How many lookups the cache answered (tests read it). */
  readonly hits: number;
  /** Stops listening for invalidations (the app closes). */
  close(): void;
};

/**
 * Session lookups for actor resolution, cached in the process so that a signed-in request costs no
 * extra round trip to the database. A cached lookup is only as old as `maxAgeSeconds`, never
 * outlives the session's own expiry, and is dropped the moment the database announces a change
 * that could make it wrong: the session ends or changes stage, the user is deactivated, a role is
 * granted or revoked, an organisation's kind or area changes (migrations/0007). The process hears
 * its own commits before they return, so a logout or a deactivation takes effect for its next
 * request; other processes hear them within the notification's delivery time. While the
 * announcements cannot be heard (the listening connection is down), nothing is cached.
 *
 * Only complete sessions are cached; one waiting for its second factor is looked up every time.
 */
export function createSessionResolver(
  db: TDb,
  policy: TSessionPolicy,
  invalidations: TInvalidations,
  settings: TSessionCacheSettings,
): TSessionResolver {
  const entries = new Map<string, TEntry>();
  /** Counts invalidations, so a lookup that raced with one does not store what it read before it. */
  let generation = 0;
  let hits = 0;
  const maxAgeMs = settings.maxAgeSeconds * 1000;
  const isEnabled = maxAgeMs > 0;

  const listener: TInvalidationListener = {
    onInvalidate(userId) {
      generation += 1;
      if (userId === "*") {
        entries.clear();
        return;
      }
      for (const [tokenHash, entry] of entries) if (entry.session.userId === userId) entries.delete(tokenHash);
    },
    onReset() {
      generation += 1;
      entries.clear();
    },
  };
  const unsubscribe = isEnabled ? invalidations.subscribe("session", listener) : () => undefined;

  function findCached(tokenHash: string): TLiveSession | undefined {
    const entry = entries.get(tokenHash);
    if (!entry) return undefined;
    if (entry.expiresAt <= performance.now() || !invalidations.isListening()) {
      entries.delete(tokenHash);
      return undefined;
    }
    hits += 1;
    return entry.session;
  }

  function store(tokenHash: string, session: TLiveSession, readAt: number, generationBefore: number) {
    if (session.stage !== "complete" || generation !== generationBefore || !invalidations.isListening()) return;
    if (entries.size >= settings.maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(tokenHash, { session, expiresAt: readAt + Math.min(maxAgeMs, session.validForMs) });
  }

  return {
    get hits() {
      return hits;
    },
    close() {
      unsubscribe();
      entries.clear();
    },
    async resolve(token) {
      const tokenHash = hashToken(token);
      if (!isEnabled) return touchSession(db, tokenHash, policy);
      const cached = findCached(tokenHash);
      if (cached) return cached;
      const generationBefore = generation;
      const readAt = performance.now();
      const session = await touchSession(db, tokenHash, policy);
      if (session) store(tokenHash, session, readAt, generationBefore);
      return session;
    },
  };
}
