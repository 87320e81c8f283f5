import { measureFirstLoad } from "../lib/first-load-size.js";
import type { TScenario, TScenarioSide } from "../lib/scenario.js";
import { seedBenchPage } from "./portal-seed.js";

const connections = 50;

async function fetchText(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** The baseline of both portal scenarios: portal.js, a static answer from the same server. */
async function staticBaseline(serverUrl: string, html: string): Promise<{ body: string; side: TScenarioSide }> {
  const scriptPath = /<script src="([^"]+)"/.exec(html)?.[1];
  if (!scriptPath) throw new Error("the content page names no portal.js");
  const url = `${serverUrl}${scriptPath.replaceAll("&amp;", "&")}`;
  const script = await fetchText(url);
  if (script.status !== 200) throw new Error(`portal.js answered ${script.status}`);
  return { body: script.body, side: { label: "static portal.js, same server", workload: { kind: "http", url } } };
}

/**
 * A server-rendered content page (two queries, the frame, escaping, then kept in the portal's render
 * cache, so the measured reads are mostly kept copies) against a static file from the same server under
 * the same load: what serving a page adds. Also measures the page's first-load bytes
 * against the 50 KB budget (issue 7).
 */
export const portalPageScenario: TScenario = {
  name: "portal-page",
  description: "GET /portal/de/{unit}/{slug}, a published content page, vs static portal.js from the same server",
  connections,
  targetP95Ms: 10,
  async setUp({ server }) {
    const { unitKey, slug } = await seedBenchPage(server.database.db);
    const url = `${server.url}/portal/de/${unitKey}/${slug}`;
    const page = await fetchText(url);
    if (page.status !== 200 || !page.body.includes("Erste Schritte")) throw new Error(`content page: ${page.status}`);
    const arabic = await fetchText(`${server.url}/portal/ar/${unitKey}/${slug}`);
    if (arabic.status !== 200 || !arabic.body.includes("الخطوات الأولى")) {
      throw new Error(`Arabic content page: ${arabic.status}`);
    }
    const baseline = await staticBaseline(server.url, arabic.body);
    const serviceWorker = await fetchText(`${server.url}/portal/sw.js`);
    const { figures } = measureFirstLoad({
      html: arabic.body,
      css: /<style>([\s\S]*?)<\/style>/.exec(arabic.body)?.[1] ?? "",
      portalScript: baseline.body,
      serviceWorker: serviceWorker.body,
    });
    return {
      subject: { label: "content page (de)", workload: { kind: "http", url } },
      baseline: baseline.side,
      figures: { "first load measured on": `/portal/ar/${unitKey}/${slug}`, ...figures },
    };
  },
};

/**
 * The portal's search (built in its own branch): not timed where this build has no search route,
 * rather than timing 404s.
 */
export const portalSearchScenario: TScenario = {
  name: "portal-search",
  description: "GET /portal/de/{unit}/search?q=Sprachkurs vs static portal.js from the same server",
  connections,
  targetP95Ms: 10,
  async setUp({ server }) {
    const { unitKey, slug } = await seedBenchPage(server.database.db);
    const url = `${server.url}/portal/de/${unitKey}/search?q=Sprachkurs`;
    const search = await fetchText(url);
    if (search.status === 404) return { unavailable: `${url.replace(server.url, "")} answers 404 in this build` };
    if (search.status !== 200 || !search.body.includes(slug)) {
      throw new Error(`search answered ${search.status} without the seeded page`);
    }
    const page = await fetchText(`${server.url}/portal/de/${unitKey}/${slug}`);
    const baseline = await staticBaseline(server.url, page.body);
    return { subject: { label: "search (de)", workload: { kind: "http", url } }, baseline: baseline.side };
  },
};
