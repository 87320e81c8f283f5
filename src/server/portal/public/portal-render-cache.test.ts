import { describe, expect, it } from "vitest";
import type { TInvalidationListener, TInvalidations } from "../../platform/db/invalidations.js";
import { createPortalRenderCache, type TPortalRenderCacheSettings, type TRenderedPage } from "./portal-render-cache.js";

/** Announcements the test makes itself, and a clock it moves. */
function setUp(settings: Partial<TPortalRenderCacheSettings> = {}) {
  const listeners = new Set<TInvalidationListener>();
  let isListening = true;
  const invalidations: TInvalidations = {
    isListening: () => isListening,
    subscribe(topic, listener) {
      expect(topic).toBe("portal");
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listenOn: async () => undefined,
    close: async () => undefined,
  };
  const clock = { ms: 1000 };
  let renders = 0;
  const cache = createPortalRenderCache(invalidations, {
    maxAgeSeconds: 30,
    maxEntries: 3,
    now: () => clock.ms,
    ...settings,
  });
  const render =
    (page: string, status = 200) =>
    async (): Promise<TRenderedPage> => {
      renders += 1;
      return { status, page };
    };
  return {
    cache,
    clock,
    render,
    listeners,
    renders: () => renders,
    announce: () => {
      for (const listener of listeners) listener.onInvalidate("*");
    },
    setListening: (value: boolean) => {
      isListening = value;
    },
  };
}

describe("the portal's render cache", () => {
  it("renders a page once and serves the kept copy until the age limit passes", async () => {
    const s = setUp();
    expect(await s.cache.through("a", s.render("<p>1</p>"))).toEqual({ status: 200, page: "<p>1</p>", isHit: false });
    s.clock.ms += 29_999;
    expect(await s.cache.through("a", s.render("<p>2</p>"))).toEqual({ status: 200, page: "<p>1</p>", isHit: true });
    expect(s.renders()).toBe(1);
    s.clock.ms += 1;
    expect(await s.cache.through("a", s.render("<p>2</p>"))).toEqual({ status: 200, page: "<p>2</p>", isHit: false });
    expect(s.renders()).toBe(2);
  });

  it("drops everything when the database announces a change, or when announcements may have gone unheard", async () => {
    const s = setUp();
    await s.cache.through("a", s.render("old"));
    s.announce();
    expect((await s.cache.through("a", s.render("new"))).page).toBe("new");
    for (const listener of s.listeners) listener.onReset();
    expect(s.cache.size).toBe(0);
    await s.cache.through("a", s.render("newer"));
    s.cache.clear();
    expect((await s.cache.through("a", s.render("newest"))).isHit).toBe(false);
  });

  it("does not keep a page rendered across a change: it may show what was there before", async () => {
    const s = setUp();
    await s.cache.through("a", async () => {
      s.announce();
      return { status: 200, page: "read before the change" };
    });
    expect(s.cache.size).toBe(0);
  });

  it("keeps only 200s, so a missing page shows once it is published", async () => {
    const s = setUp();
    await s.cache.through("missing", s.render("not found", 404));
    expect(await s.cache.through("missing", s.render("not found", 404))).toMatchObject({ status: 404, isHit: false });
    expect(s.renders()).toBe(2);
  });

  it("lets the least recently used page give way beyond the limit", async () => {
    const s = setUp();
    for (const key of ["a", "b", "c"]) await s.cache.through(key, s.render(key));
    await s.cache.through("a", s.render("a"));
    await s.cache.through("d", s.render("d"));
    expect(s.cache.size).toBe(3);
    expect((await s.cache.through("a", s.render("a"))).isHit).toBe(true);
    expect((await s.cache.through("b", s.render("b"))).isHit).toBe(false);
  });

  it("keeps nothing while announcements cannot be heard", async () => {
    const s = setUp();
    await s.cache.through("a", s.render("a"));
    s.setListening(false);
    expect((await s.cache.through("a", s.render("a"))).isHit).toBe(false);
    expect(s.cache.size).toBe(0);
  });

  it("renders every request and does not listen when the age limit is 0", async () => {
    const s = setUp({ maxAgeSeconds: 0 });
    await s.cache.through("a", s.render("a"));
    expect((await s.cache.through("a", s.render("a"))).isHit).toBe(false);
    expect(s.renders()).toBe(2);
    expect(s.listeners.size).toBe(0);
  });

  it("stops listening when closed", async () => {
    const s = setUp();
    s.cache.close();
    expect(s.listeners.size).toBe(0);
  });
});
