import type { FastifyInstance } from "fastify";
import { HttpProblem } from "./problems.js";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function parseOriginHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Cookie-authenticated mutations must come from our own pages: browsers send Origin on every
 * cross-site request and Sec-Fetch-Site where they support it; non-browser clients send neither.
 * Behind a proxy that rewrites Host, the public URL names our own origin.
 */
export function registerCsrfProtection(app: FastifyInstance, publicUrl: string | undefined) {
  const publicHost = publicUrl ? new URL(publicUrl).host : undefined;
  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const site = request.headers["sec-fetch-site"];
    if (site && site !== "same-origin" && site !== "none") throw new HttpProblem(403, "forbidden");
    const origin = request.headers.origin;
    if (origin === undefined) return;
    const originHost = parseOriginHost(origin);
    if (originHost !== request.host && originHost !== publicHost) throw new HttpProblem(403, "forbidden");
  });
}
