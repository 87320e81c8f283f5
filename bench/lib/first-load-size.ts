import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { TScenarioFigures } from "./scenario.js";

export const firstLoadBudgetBytes = 50 * 1024;

/** Raw, gzip (level 9) and brotli (quality 11) sizes of one response body. */
export function compressedSizes(body: string) {
  const bytes = Buffer.from(body);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * What a phone downloads to show a content page the first time: the HTML (its CSS is inline) and
 * portal.js; the service worker installs after the page is shown, so it is reported apart.
 */
export function measureFirstLoad(parts: { html: string; css: string; portalScript: string; serviceWorker: string }) {
  const html = compressedSizes(parts.html);
  const script = compressedSizes(parts.portalScript);
  const total = {
    raw: html.raw + script.raw,
    gzip: html.gzip + script.gzip,
    brotli: html.brotli + script.brotli,
  };
  const figures: TScenarioFigures = {
    "first load HTML bytes (raw/gzip/brotli)": `${html.raw}/${html.gzip}/${html.brotli}`,
    "of which inline CSS bytes (raw)": Buffer.byteLength(parts.css),
    "first load portal.js bytes (raw/gzip/brotli)": `${script.raw}/${script.gzip}/${script.brotli}`,
    "first load total bytes (raw/gzip/brotli)": `${total.raw}/${total.gzip}/${total.brotli}`,
    "first load budget bytes": firstLoadBudgetBytes,
    "first load raw share of budget": Number((total.raw / firstLoadBudgetBytes).toFixed(3)),
    "sw.js bytes, not in the first load (raw/gzip/brotli)": Object.values(compressedSizes(parts.serviceWorker)).join(
      "/",
    ),
  };
  return { total, figures };
}
