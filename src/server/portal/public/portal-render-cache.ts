import type { TInvalidationListener, TInvalidations } from "../../platform/db/invalidations.js";

/** A public page as rendered: only 200s are kept, so an unknown address never fills the cache. */
export type TRenderedPage = { status: number; page: string };

export type TPortalRenderCacheSettings = {
  /** How long a rendered page is reused (0: never). */
  maxAgeSeconds: number;
  maxEntries: number;
  /** Milliseconds on a monotonic clock; tests pass their own. */
  now?: () => number;
};

export type TPortalRenderCache = {
  /** The page under the key, rendered by `render` only when no fresh copy is kept; `isHit` says which. */
  through(key: string, render: () => Promise<TRenderedPage>): Promise<TRenderedPage & { isHit: boolean }>;
  /** Drops every kept page (the database's triggers do this on every content change, migrations/0036). */
  clear(): void;
  readonly size: number;
  /** Stops listening for invalidations (the app closes). */
  close(): void;
};

export const defaultMaxCachedPortalPages = 2000;

type TEntry = TRenderedPage & { expiresAt: number };

/**
 * Rendered public portal pages, kept in the process so that a page read costs no database query.
 * A kept page is at most `maxAgeSeconds` old and is dropped the moment the database announces a
 * change to anything the portal shows (pages, places, contacts, events, media, offers, municipality
 * names: migrations/0036). The process hears its own commits before they return, so an editor's
 * publish shows on the next request; other processes hear it within the notification's delivery
 * time. The age limit bounds what no write announces: an event that has passed, a place's hours
 * turning, a lost notification. While the announcements cannot be heard, nothing is kept.
 *
 * Least recently used pages give way beyond `maxEntries`. Keys are built by the routes from their
 * parameters (never the raw URL), so query strings cannot multiply entries.
 */
export function createPortalRenderCache(
  invalidations: TInvalidations,
  settings: TPortalRenderCacheSettings,
): TPortalRenderCache {
  const entries = new Map<string, TEntry>();
  const now = settings.now ?? (() => performance.now());
  const maxAgeMs = settings.maxAgeSeconds * 1000;
  const isEnabled = maxAgeMs > 0 && settings.maxEntries > 0;
  /** Counts invalidations, so a render that raced with one does not keep what it read before it. */
  let generation = 0;

  const clear = () => {
    generation += 1;
    entries.clear();
  };
  const listener: TInvalidationListener = { onInvalidate: clear, onReset: clear };
  const unsubscribe = isEnabled ? invalidations.subscribe("portal", listener) : () => undefined;

  function fresh(key: string): TEntry | undefined {
    const entry = entries.get(key);
    if (!entry) return undefined;
    entries.delete(key);
    if (entry.expiresAt <= now() || !invalidations.isListening()) return undefined;
    entries.set(key, entry);
    return entry;
  }

  function keep(key: string, rendered: TRenderedPage, renderedAt: number, generationBefore: number) {
    if (rendered.status !== 200 || generation !== generationBefore || !invalidations.isListening()) return;
    entries.delete(key);
    if (entries.size >= settings.maxEntries) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
    entries.set(key, { status: rendered.status, page: rendered.page, expiresAt: renderedAt + maxAgeMs });
  }

  return {
    async through(key, render) {
      if (!isEnabled) return { ...(await render()), isHit: false };
      const kept = fresh(key);
      if (kept) return { status: kept.status, page: kept.page, isHit: true };
      const generationBefore = generation;
      const renderedAt = now();
      const rendered = await render();
      keep(key, rendered, renderedAt, generationBefore);
      return { ...rendered, isHit: false };
    },
    clear,
    get size() {
      return entries.size;
    },
    close() {
      unsubscribe();
      entries.clear();
    },
  };
}
