import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

const read = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), "utf8");
const portalScript = read("portal.js");
const version = createHash("sha256").update(portalScript).update(read("sw.js")).digest("base64url").slice(0, 12);

/**
 * The portal's two scripts, read once at start. portal.js is addressed with its version, so it is
 * cached for a year; sw.js keeps its address (a service worker's identity) and carries the version
 * in its cache names, so a release replaces the old caches.
 */
export const portalAssets = {
  version,
  portalScript,
  portalScriptPath: `/portal/assets/portal.js?v=${version}`,
  serviceWorker: read("sw.js").replace("__PORTAL_VERSION__", version),
};
