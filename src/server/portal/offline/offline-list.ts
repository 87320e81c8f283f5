import type { TContentLanguage, TPortalTopic } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { pagePath, unitPath } from "../public/content-pages.js";
import { listShownPages } from "../public/published-pages.js";
import { portalAssets } from "./portal-assets.js";

/** What a newcomer needs without a connection: the first steps, the authorities, health and emergencies. */
export const essentialTopics: readonly TPortalTopic[] = ["first_steps", "authorities", "health", "emergencies"];
export const maxOfflineUrls = 30;

export const offlinePagePath = (language: TContentLanguage) => `/portal/${language}/offline`;

/**
 * The addresses the service worker keeps once a municipality's start page was read, in that language:
 * the start page, the offline page, the places, the published pages of the essential topics (in topic
 * order, then by position), and portal.js; at most maxOfflineUrls.
 */
export async function listOfflineUrls(
  executor: TDbExecutor,
  unitKey: string,
  language: TContentLanguage,
): Promise<string[]> {
  const pages = await listShownPages(executor, unitKey, language);
  const essentials = essentialTopics.flatMap((topic) =>
    pages.filter((page) => page.topic === topic).map((page) => pagePath(language, unitKey, page.slug)),
  );
  const urls = [
    unitPath(language, unitKey),
    offlinePagePath(language),
    `${unitPath(language, unitKey)}places`,
    portalAssets.portalScriptPath,
    ...new Set(essentials),
  ];
  return urls.slice(0, maxOfflineUrls);
}
