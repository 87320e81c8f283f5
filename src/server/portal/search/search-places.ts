import { type AnyColumn, and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TDbExecutor } from "../../platform/db/database.js";
import { municipalUnits } from "../../platform/reference/reference-tables.js";
import type { TSearchWords } from "../../platform/search/text-search.js";
import { portalPlaces, portalPlaceTexts } from "../places/portal-place-tables.js";
import { snippetOf, type TKindSearch, type TSearchHit } from "./search-hit.js";
import { buildBestRank, buildWordsMatch } from "./search-match.js";

const german = alias(portalPlaceTexts, "german_text");
const wanted = alias(portalPlaceTexts, "wanted_text");
/** A place's name is what a page's title is to the search. */
const asSearchable = (texts: { searchVector: AnyColumn; name: AnyColumn; language: AnyColumn }) => ({
  searchVector: texts.searchVector,
  title: texts.name,
  language: texts.language,
});

/**
 * Published places of the unit and the district-wide ones of its district whose name or description
 * in the language or German matches, best first, with the address as the detail line.
 */
export async function searchPlaces(
  executor: TDbExecutor,
  words: TSearchWords,
  { unitKey, language, limit }: TKindSearch,
): Promise<TSearchHit[]> {
  const hasWanted = sql`${wanted.placeId} is not null`;
  const relevance = buildBestRank(
    asSearchable(german),
    { ...asSearchable(wanted), exists: hasWanted },
    language,
    words,
  );
  const rows = await executor
    .select({
      id: portalPlaces.id,
      street: portalPlaces.street,
      postalCode: portalPlaces.postalCode,
      city: portalPlaces.city,
      isTranslated: sql<boolean>`${hasWanted}`,
      name: sql<string>`coalesce(${wanted.name}, ${german.name})`,
      description: sql<string>`coalesce(${wanted.description}, ${german.description})`,
      relevance,
    })
    .from(portalPlaces)
    .innerJoin(german, and(eq(german.placeId, portalPlaces.id), eq(german.language, "de")))
    .leftJoin(wanted, and(eq(wanted.placeId, portalPlaces.id), eq(wanted.language, language), sql`${language} <> 'de'`))
    .where(
      and(
        eq(portalPlaces.status, "published"),
        eq(
          portalPlaces.districtAgs,
          executor
            .select({ districtAgs: municipalUnits.districtAgs })
            .from(municipalUnits)
            .where(eq(municipalUnits.key, unitKey)),
        ),
        or(eq(portalPlaces.ownerUnitKey, unitKey), isNull(portalPlaces.ownerUnitKey)),
        inArray(
          portalPlaces.id,
          executor
            .select({ id: portalPlaceTexts.placeId })
            .from(portalPlaceTexts)
            .where(buildWordsMatch(asSearchable(portalPlaceTexts), words)),
        ),
      ),
    )
    .orderBy(desc(relevance), portalPlaces.id)
    .limit(limit);
  return rows.map((row) => ({
    kind: "place",
    id: row.id,
    title: row.name,
    snippet: snippetOf("", row.description),
    detail: [row.street, [row.postalCode, row.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") || null,
    url: `/portal/${language}/${unitKey}/places/${row.id}`,
    language: row.isTranslated ? language : "de",
    relevance: Number(row.relevance),
  }));
}
