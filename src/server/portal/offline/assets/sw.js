// The portal's service worker (docs/portal.md, "Offline"). Scope /portal/. The server replaces the
// version below with a hash of this file and portal.js, so a new release gets new caches.
const version = "__PORTAL_VERSION__";
const pagesCache = `portal-pages-${version}`;
const assetsCache = `portal-assets-${version}`;
const maxPages = 60;
const maxAssets = 40;
const languagePattern = /^\/portal\/([a-z]{2}(?:-x-easy)?)\//;
// Personal data and answers that depend on what someone typed are never kept.
const privatePattern = /^\/portal\/[^/]+\/(?:registrierung|selbstcheck)(?:\/|$)|\/(?:feedback|search)(?:\/|$)/;

/** Whether a GET of this URL may be kept: "page" (network first), "asset" (cache first) or null. */
function cacheKindOf(url, method) {
  if (method !== "GET" || url.origin !== self.location.origin) return null;
  const path = url.pathname;
  if (!path.startsWith("/portal/") || path === "/portal/sw.js") return null;
  if (path.startsWith("/portal/assets/") || path.startsWith("/portal/media/")) return "asset";
  if (url.search !== "" || privatePattern.test(path) || path.endsWith(".json") || path.endsWith(".ics")) return null;
  return languagePattern.test(path) ? "page" : null;
}

function offlinePageOf(url) {
  const match = languagePattern.exec(url.pathname);
  return `/portal/${match ? match[1] : "de"}/offline`;
}

function isKeepable(response) {
  return response.ok && response.type === "basic" && !/no-store/.test(response.headers.get("cache-control") || "");
}

/** Keeps the response, then drops the oldest entries beyond the cache's bound (never an offline page). */
async function keep(cacheName, request, response, bound) {
  if (!isKeepable(response)) return;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  const keys = await cache.keys();
  const removable = keys.filter((key) => !new URL(key.url).pathname.endsWith("/offline"));
  await Promise.all(removable.slice(0, Math.max(keys.length - bound, 0)).map((key) => cache.delete(key)));
}

async function fetchAndKeep(path) {
  const url = new URL(path, self.location.origin);
  const kind = cacheKindOf(url, "GET");
  if (kind === null) return;
  try {
    const response = await fetch(url, { credentials: "same-origin" });
    await keep(kind === "page" ? pagesCache : assetsCache, url.href, response, kind === "page" ? maxPages : maxAssets);
  } catch {
    // Offline again: the page is kept on the next visit.
  }
}

/** The offline page of the language being read, once per cache. */
async function keepOfflinePage(url) {
  const path = offlinePageOf(url);
  if (!(await caches.match(new URL(path, url).href, { ignoreVary: true }))) await fetchAndKeep(path);
}

async function networkFirst(event, url) {
  try {
    const response = await fetch(event.request);
    event.waitUntil(keep(pagesCache, url.href, response.clone(), maxPages).then(() => keepOfflinePage(url)));
    return response;
  } catch (error) {
    const cache = await caches.open(pagesCache);
    const cached =
      (await cache.match(url.href, { ignoreVary: true })) ||
      (await cache.match(new URL(offlinePageOf(url), url).href, { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(event, url) {
  const cached = await caches.match(url.href, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(keep(assetsCache, url.href, response.clone(), maxAssets));
  return response;
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
      const offlinePages = new Set(windows.map((client) => offlinePageOf(new URL(client.url))));
      if (offlinePages.size === 0) offlinePages.add("/portal/de/offline");
      await Promise.all([...offlinePages].map(fetchAndKeep));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      const current = [pagesCache, assetsCache];
      await Promise.all(
        names
          .filter((name) => name.startsWith("portal-") && !current.includes(name))
          .map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  const kind = cacheKindOf(url, event.request.method);
  if (kind === "page") event.respondWith(networkFirst(event, url));
  else if (kind === "asset") event.respondWith(cacheFirst(event, url));
});

/** From portal.js: keep the page just read ("cache") or a municipality's essentials ("precache"). */
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (typeof data.url !== "string") return;
  if (data.type === "cache") event.waitUntil(fetchAndKeep(data.url));
  if (data.type === "precache" && /^\/portal\/[^/]+\/\d{8,9}\/offline\.json$/.test(data.url)) {
    event.waitUntil(
      (async () => {
        try {
          const response = await fetch(data.url, { credentials: "same-origin" });
          const list = response.ok ? await response.json() : { urls: [] };
          const urls = Array.isArray(list.urls) ? list.urls.filter((item) => typeof item === "string") : [];
          await Promise.all(urls.slice(0, maxPages / 2).map(fetchAndKeep));
        } catch {
          // Offline or a broken list: nothing to keep now.
        }
      })(),
    );
  }
});
