import type { FastifyInstance } from "fastify";
import type { TRouteAccess } from "../access/route-access.js";

export type TRouteInfo = {
  method: string;
  url: string;
  hasBodySchema: boolean;
  hasResponseSchema: boolean;
  isHidden: boolean;
  access: TRouteAccess | undefined;
};

declare module "fastify" {
  interface FastifyInstance {
    /** Every route any module registered; tests walk it (schemas present, later the policy matrix). */
    routeCatalogue: TRouteInfo[];
  }
}

export function registerRouteCatalogue(app: FastifyInstance) {
  const catalogue: TRouteInfo[] = [];
  app.decorate("routeCatalogue", catalogue);
  app.addHook("onRoute", (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as { body?: unknown; response?: unknown; hide?: boolean } | undefined;
    for (const method of methods) {
      if (method === "HEAD") continue;
      catalogue.push({
        method,
        url: route.url,
        hasBodySchema: schema?.body !== undefined,
        hasResponseSchema: schema?.response !== undefined,
        isHidden: schema?.hide === true,
        access: route.config?.access,
      });
    }
  });
}
