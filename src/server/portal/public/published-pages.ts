import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TContentLanguage, TPortalTopic } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import { portalPages, portalPageTexts } from "../pages/page-tables.js";
import { unitKeyPattern } from "./portal-html-reply.js";

const wanted = alias(portalPageTexts, "wanted_text");
const german = alias(portalPageTexts, "german_text");

/** A published page as the portal shows it: in the language asked for, else in German (and says which). */
export type TShownPage = {
  id: string;
  slug: string;
  topic: TPortalTopic;
  ownerUnitKey: string | null;
  language: TContentLanguage;
  title: string;
  summary: string;
  bodyHtml: string;
  isOutdated: boolean;
};

/** The unit's own and the district-wide pages, published; the unit's own first where both share an address. */
const visibleIn = (unitKey: string) =>
  and(eq(portalPages.status, "published"), or(eq(portalPages.ownerUnitKey, unitKey), isNull(portalPages.ownerUnitKey)));

function shownColumns(language: TContentLanguage) {
  return {
    id: portalPages.id,
    slug: portalPages.slug,
    topic: portalPages.topic,
    ownerUnitKey: portalPages.ownerUnitKey,
    language: sql<TContentLanguage>`case when ${wanted.pageId} is null then 'de' else ${language} end`,
    title: sql<string>`coalesce(${wanted.title}, ${german.title})`,
    summary: sql<string>`coalesce(${wanted.summary}, ${german.summary})`,
    bodyHtml: sql<string>`coalesce(${wanted.bodyHtml}, ${german.bodyHtml})`,
    isOutdated: sql<boolean>`coalesce(${wanted.sourceVersion} < ${portalPages.germanVersion}, false)`,
  };
}

function selectShown(executor: TDbExecutor, language: TContentLanguage) {
  return executor
    .select(shownColumns(language))
    .from(portalPages)
    .innerJoin(german, and(eq(german.pageId, portalPages.id), eq(german.language, "de")))
    .leftJoin(wanted, and(eq(wanted.pageId, portalPages.id), eq(wanted.language, language), sql`${language} <> 'de'`));
}

export async function findUnitName(executor: TDbExecutor, unitKey: string): Promise<string | null> {
  const [unit] = await executor
    .select({ name: municipalUnits.name })
    .from(municipalUnits)
    .where(eq(municipalUnits.key, unitKey));
  return unit?.name ?? null;
}

/** The municipal unit an address names, or undefined for a malformed or unknown key. */
export async function findPortalUnit(executor: TDbExecutor, unitKey: string) {
  const name = unitKeyPattern.test(unitKey) ? await findUnitName(executor, unitKey) : null;
  return name === null ? undefined : { key: unitKey, name };
}

export function listMunicipalUnits(executor: TDbExecutor) {
  return executor
    .select({ key: municipalUnits.key, name: municipalUnits.name })
    .from(municipalUnits)
    .orderBy(asc(municipalUnits.name));
}

/** Every published page the unit's portal shows, by topic and position. */
export function listShownPages(
  executor: TDbExecutor,
  unitKey: string,
  language: TContentLanguage,
): Promise<TShownPage[]> {
  return selectShown(executor, language)
    .where(visibleIn(unitKey))
    .orderBy(asc(portalPages.topic), asc(portalPages.position), asc(portalPages.slug));
}

/** The published page at the address, the unit's own before a district-wide one. */
export async function findShownPage(
  executor: TDbExecutor,
  unitKey: string,
  slug: string,
  language: TContentLanguage,
): Promise<TShownPage | undefined> {
  const [page] = await selectShown(executor, language)
    .where(and(visibleIn(unitKey), eq(portalPages.slug, slug)))
    .orderBy(sql`${portalPages.ownerUnitKey} is null`, sql`${portalPages.parentId} is not null`)
    .limit(1);
  return page;
}
