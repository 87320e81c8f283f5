import { asc } from "drizzle-orm";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { HttpProblem } from "../../platform/http/problems.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { renderContentPage } from "../public/content-pages.js";
import { findUnitName } from "../public/published-pages.js";
import type { TPageReach } from "./page-reach.js";
import { readPage } from "./page-records.js";

/** The municipality a preview is framed in: the page's own; for a district-wide page the first by name. */
async function previewUnit(executor: TDbExecutor, ownerUnitKey: string | null) {
  if (ownerUnitKey !== null)
    return { key: ownerUnitKey, name: (await findUnitName(executor, ownerUnitKey)) ?? ownerUnitKey };
  const [first] = await executor
    .select({ key: municipalUnits.key, name: municipalUnits.name })
    .from(municipalUnits)
    .orderBy(asc(municipalUnits.name))
    .limit(1);
  if (!first) throw new HttpProblem(404, "notFound");
  return first;
}

/**
 * A page within reach, drafts too, as the portal would show it in the language: the same renderer,
 * the German text with the fallback notice where the translation is missing, the outdated notice.
 */
export async function renderPagePreview(
  executor: TDbExecutor,
  reach: TPageReach,
  pageId: string,
  language: TContentLanguage,
): Promise<string> {
  const page = await readPage(executor, reach, pageId);
  const german = page.texts.find((text) => text.language === "de");
  if (!german) throw new HttpProblem(409, "pagePreviewWithoutGerman");
  const shown = page.texts.find((text) => text.language === language) ?? german;
  const unit = await previewUnit(executor, page.ownerUnitKey);
  return renderContentPage(language, unit, {
    id: page.id,
    slug: page.slug,
    topic: page.topic,
    ownerUnitKey: page.ownerUnitKey,
    language: shown.language,
    title: shown.title,
    summary: shown.summary,
    bodyHtml: shown.bodyHtml,
    isOutdated: shown.status === "outdated",
  });
}
