import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { portalAssets } from "./portal-assets.js";

type TListener = (event: unknown) => void;

/** Runs sw.js with a fake worker scope and answers whether a fetch is taken over, and how. */
function loadServiceWorker() {
  const listeners = new Map<string, TListener>();
  const scope = {
    location: new URL("https://portal.example"),
    addEventListener: (type: string, listener: TListener) => listeners.set(type, listener),
  };
  runInNewContext(portalAssets.serviceWorker, { self: scope, URL, caches: {}, fetch: () => Promise.reject() });
  return (url: string, method = "GET") => {
    let isTakenOver = false;
    listeners.get("fetch")?.({
      request: { url, method },
      respondWith: (response: Promise<unknown>) => {
        isTakenOver = true;
        response.catch(() => {});
      },
      waitUntil: () => {},
    });
    return isTakenOver;
  };
}

describe("the service worker's choice of what to keep", () => {
  const handles = loadServiceWorker();

  it("takes over portal pages, assets and media, GET on the same origin only", () => {
    expect(handles("https://portal.example/portal/de/03459014/")).toBe(true);
    expect(handles("https://portal.example/portal/ar/03459014/erste-schritte")).toBe(true);
    expect(handles("https://portal.example/portal/de-x-easy/offline")).toBe(true);
    expect(handles("https://portal.example/portal/assets/portal.js?v=1")).toBe(true);
    expect(handles("https://portal.example/portal/media/1/bild.png")).toBe(true);
    expect(handles("https://other.example/portal/de/03459014/")).toBe(false);
    expect(handles("https://portal.example/portal/de/03459014/erste-schritte/feedback", "POST")).toBe(false);
  });

  it("never keeps the API, personal pages, searches or answers that depend on a query", () => {
    expect(handles("https://portal.example/api/public/offers")).toBe(false);
    expect(handles("https://portal.example/portal/de/registrierung")).toBe(false);
    expect(handles("https://portal.example/portal/uk/registrierung/danke")).toBe(false);
    expect(handles("https://portal.example/portal/ar/selbstcheck/abc123")).toBe(false);
    expect(handles("https://portal.example/portal/ar/selbstcheck")).toBe(false);
    expect(handles("https://portal.example/portal/de/03459014/search?q=Kurs")).toBe(false);
    expect(handles("https://portal.example/portal/de/03459014/search")).toBe(false);
    expect(handles("https://portal.example/portal/de/03459014/erste-schritte?feedback=thanks")).toBe(false);
    expect(handles("https://portal.example/portal/de/03459014/offline.json")).toBe(false);
    expect(handles("https://portal.example/portal/sw.js")).toBe(false);
  });
});
