import { and, desc, eq, gte, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import type { TSearchWords } from "../../platform/search/text-search.js";
import { portalEvents, portalEventTexts } from "../events/portal-event-tables.js";
import { localeOf, snippetOf, type TKindSearch, type TSearchHit } from "./search-hit.js";
import { buildBestRank, buildWordsMatch } from "./search-match.js";

const german = alias(portalEventTexts, "german_text");
const wanted = alias(portalEventTexts, "wanted_text");
const eventText = {
  searchVector: portalEventTexts.searchVector,
  title: portalEventTexts.title,
  language: portalEventTexts.language,
};

/** When a one-off event takes place, in the reader's language; a recurring one shows its place only. */
function dateOf(language: TContentLanguage, row: { startsAt: Date | null; startsOn: string | null }): string | null {
  const locale = localeOf(language);
  if (row.startsAt) {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Europe/Berlin",
    }).format(row.startsAt);
  }
  if (row.startsOn) {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(row.startsOn));
  }
  return null;
}

/**
 * Published events of the unit and the district-wide ones of its district that are not over (a
 * recurring event counts as current), matched in the language or German, best first.
 */
export async function searchEvents(
  executor: TDbExecutor,
  words: TSearchWords,
  { unitKey, language, limit }: TKindSearch,
  now: Date,
): Promise<TSearchHit[]> {
  const hasWanted = sql`${wanted.eventId} is not null`;
  const relevance = buildBestRank(german, { ...wanted, exists: hasWanted }, language, words);
  const rows = await executor
    .select({
      id: portalEvents.id,
      recurrence: portalEvents.recurrence,
      startsAt: portalEvents.startsAt,
      startsOn: portalEvents.startsOn,
      address: portalEvents.address,
      isTranslated: sql<boolean>`${hasWanted}`,
      title: sql<string>`coalesce(${wanted.title}, ${german.title})`,
      descriptionHtml: sql<string>`coalesce(${wanted.descriptionHtml}, ${german.descriptionHtml})`,
      relevance,
    })
    .from(portalEvents)
    .innerJoin(german, and(eq(german.eventId, portalEvents.id), eq(german.language, "de")))
    .leftJoin(wanted, and(eq(wanted.eventId, portalEvents.id), eq(wanted.language, language), sql`${language} <> 'de'`))
    .where(
      and(
        eq(portalEvents.status, "published"),
        eq(
          portalEvents.districtAgs,
          executor
            .select({ districtAgs: municipalUnits.districtAgs })
            .from(municipalUnits)
            .where(eq(municipalUnits.key, unitKey)),
        ),
        or(eq(portalEvents.municipalUnitKey, unitKey), isNull(portalEvents.municipalUnitKey)),
        or(
          isNotNull(portalEvents.recurrence),
          gte(portalEvents.endsAt, now),
          gte(portalEvents.endsOn, todayInBerlin(now)),
        ),
        inArray(
          portalEvents.id,
          executor
            .select({ id: portalEventTexts.eventId })
            .from(portalEventTexts)
            .where(buildWordsMatch(eventText, words)),
        ),
      ),
    )
    .orderBy(desc(relevance), portalEvents.id)
    .limit(limit);
  return rows.map((row) => ({
    kind: "event",
    id: row.id,
    title: row.title,
    snippet: snippetOf("", row.descriptionHtml),
    detail: [row.recurrence ? null : dateOf(language, row), row.address].filter(Boolean).join(" · ") || null,
    url: `/portal/${language}/${unitKey}/events/${row.id}`,
    language: row.isTranslated ? language : "de",
    relevance: Number(row.relevance),
  }));
}
