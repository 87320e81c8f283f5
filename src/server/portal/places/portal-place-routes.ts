import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { TDb } from "../../platform/db/database.js";
import { contactRoutes } from "./contact-routes.js";
import { placeRoutes } from "./place-routes.js";
import { publicPlaceRoutes } from "./public-place-routes.js";

/** Portal places and contacts: the staff API and the public read, for the portal module to register. */
export const portalPlaceRoutes: FastifyPluginAsyncZod<{ db: TDb }> = async (app, { db }) => {
  await app.register(contactRoutes, { db });
  await app.register(placeRoutes, { db });
  await app.register(publicPlaceRoutes, { db });
};
