import { contentLanguages } from "../../../common/portal/portal-content.js";
import type { TDb } from "../../platform/db/database.js";
import { listPublishedEventsOf } from "../events/public-portal-events.js";
import { listUnitOfferIds } from "../search/unit-offers.js";
import { pagePath, unitPath } from "./content-pages.js";
import { selfCheckEntryPath } from "./entry-points.js";
import { listMunicipalUnits, listShownPages } from "./published-pages.js";
import { listShownPlaces } from "./shown-places.js";
import { eventPath, eventsPath, offerPath, offersPath, placePath, placesPath } from "./view-parts.js";

/** The sitemap protocol's limit for one file. */
export const maxSitemapUrls = 50_000;

/**
 * Every public portal address, per unit and language: the start pages, the published pages, events
 * places and offers the unit shows. Paths only; the route puts the origin in front.
 */
export async function listSitemapPaths(db: TDb, now: Date): Promise<string[]> {
  const paths: string[] = contentLanguages.flatMap((language) => [
    `/portal/${language}/`,
    selfCheckEntryPath(language),
  ]);
  for (const unit of await listMunicipalUnits(db)) {
    const [pages, events, places, offerIds] = await Promise.all([
      listShownPages(db, unit.key, "de"),
      listPublishedEventsOf(db, unit.key),
      listShownPlaces(db, unit.key, "de", now),
      listUnitOfferIds(db, unit.key),
    ]);
    const slugs = [...new Set(pages.map((page) => page.slug))];
    for (const language of contentLanguages) {
      paths.push(
        unitPath(language, unit.key),
        eventsPath(language, unit.key),
        placesPath(language, unit.key),
        offersPath(language, unit.key),
        ...slugs.map((slug) => pagePath(language, unit.key, slug)),
        ...events.map((event) => eventPath(language, unit.key, event.id)),
        ...places.map((place) => placePath(language, unit.key, place.id)),
        ...offerIds.map((id) => offerPath(language, unit.key, id)),
      );
    }
    if (paths.length >= maxSitemapUrls) break;
  }
  return paths.slice(0, maxSitemapUrls);
}
