import type { TModule } from "../modules.js";
import { portalEventImportRoutes } from "./events/import/event-import-routes.js";
import { portalEventPublicRoutes } from "./events/portal-event-public-routes.js";
import { portalEventRoutes } from "./events/portal-event-routes.js";
import { feedbackRoutes } from "./feedback/feedback-routes.js";
import { mediaPublicRoutes } from "./media/media-public-routes.js";
import { mediaRoutes } from "./media/media-routes.js";
import { offlineRoutes } from "./offline/offline-routes.js";
import { pagePreviewRoutes } from "./pages/page-preview-routes.js";
import { pageRoutes } from "./pages/page-routes.js";
import { portalPlaceRoutes } from "./places/portal-place-routes.js";
import { portalContentRoutes } from "./public/portal-content-routes.js";
import { createPortalRenderCache, defaultMaxCachedPortalPages } from "./public/portal-render-cache.js";
import { portalSearchRoutes } from "./public/portal-search-routes.js";
import { portalViewRoutes } from "./public/portal-view-routes.js";
import { selfCheckEntryRoutes } from "./public/self-check-entry-routes.js";
import { sitemapRoutes } from "./public/sitemap-route.js";

/**
 * Erste Orientierung: the public multilingual portal and its content management (docs/portal.md).
 * Self-registration and the self-check are served under /portal/ by their own modules.
 */
export const portalModule: TModule = {
  name: "portal",
  async routes(app, { database, config }) {
    const renderCache = createPortalRenderCache(database.invalidations, {
      maxAgeSeconds: config.portalCacheSeconds,
      maxEntries: defaultMaxCachedPortalPages,
    });
    app.addHook("onClose", async () => renderCache.close());
    await app.register(pageRoutes, { db: database.db });
    await app.register(pagePreviewRoutes, { db: database.db });
    await app.register(portalContentRoutes, { db: database.db, renderCache });
    await app.register(portalViewRoutes, { db: database.db, publicUrl: config.publicUrl, renderCache });
    await app.register(portalSearchRoutes, { db: database.db, publicUrl: config.publicUrl, renderCache });
    await app.register(selfCheckEntryRoutes);
    await app.register(sitemapRoutes, { db: database.db, publicUrl: config.publicUrl });
    await app.register(offlineRoutes, { db: database.db, renderCache });
    await app.register(feedbackRoutes, { db: database.db });
    await app.register(portalPlaceRoutes, { db: database.db });
    await app.register(portalEventRoutes, { db: database.db });
    await app.register(portalEventImportRoutes, {
      db: database.db,
      allowPrivateHosts: config.eventImport.allowPrivateHosts,
    });
    await app.register(portalEventPublicRoutes, { db: database.db });
    await app.register(mediaRoutes, { db: database.db, maxBytes: config.portalMediaMaxBytes });
    await app.register(mediaPublicRoutes, { db: database.db });
  },
};
