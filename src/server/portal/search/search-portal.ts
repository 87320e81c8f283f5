import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import type { TDbExecutor } from "../../platform/db/database.js";
import { prepareSearchWords } from "../../platform/search/text-search.js";
import { searchEvents } from "./search-events.js";
import { searchKinds, type TKindSearch, type TSearchHit, type TSearchKind } from "./search-hit.js";
import { searchPages } from "./search-pages.js";
import { searchPlaces } from "./search-places.js";
import { searchOfferHits } from "./unit-offers.js";

/** The longest query read; a longer one is cut (the form says so). */
export const maxQueryLength = 100;
/** Results per kind when all kinds are searched, and in all. */
export const perKindLimit = 10;
export const totalLimit = 30;

export type TPortalSearch = {
  unitKey: string;
  language: TContentLanguage;
  /** Already trimmed and at most maxQueryLength long; empty means no search. */
  words: string;
  /** One kind only, or every kind. */
  kind: TSearchKind | null;
};

export type TPortalSearchResult = { hits: TSearchHit[]; counts: Record<TSearchKind, number> };

/**
 * The portal search: pages, events, places and offers of a unit's portal (its own and the district's)
 * in the reader's language and German, each kind ranked by its own query, then merged by relevance.
 * The words are not logged or stored.
 */
export async function searchPortal(
  executor: TDbExecutor,
  { unitKey, language, words: text, kind }: TPortalSearch,
  now = new Date(),
): Promise<TPortalSearchResult> {
  const counts = { page: 0, event: 0, place: 0, offer: 0 };
  const words = await prepareSearchWords(executor, { q: text, lang: language });
  if (!words) return { hits: [], counts };
  const search: TKindSearch = { unitKey, language, limit: kind ? totalLimit : perKindLimit };
  const kinds = kind ? [kind] : searchKinds;
  const byKind: Record<TSearchKind, () => Promise<TSearchHit[]>> = {
    page: () => searchPages(executor, words, search),
    event: () => searchEvents(executor, words, search, now),
    place: () => searchPlaces(executor, words, search),
    offer: () => searchOfferHits(executor, words, search),
  };
  const found = (await Promise.all(kinds.map((each) => byKind[each]()))).flat();
  const hits = found.sort((a, b) => b.relevance - a.relevance || a.title.localeCompare(b.title)).slice(0, totalLimit);
  for (const hit of hits) counts[hit.kind] += 1;
  return { hits, counts };
}
