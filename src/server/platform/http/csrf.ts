import type { FastifyInstance } from "fastify";
import { HttpProblem } from "./problems.js";

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Cookie-authenticated mutations must come from our own pages: browsers send Origin on every
 * cross-site request and Sec-Fetch-Site where they support it. Non-browser clients send neither.
 */
export function registerCsrfProtection(app: FastifyInstance) {
  app.addHook("onRequest", async (request) => {
    if (!unsafeMethods.has(request.method)) return;
    const site = request.headers["sec-fetch-site"];
    if (site && site !== "same-origin" && site !== "none") throw new HttpProblem(403, "forbidden");
    const origin = request.headers.origin;
    if (origin !== undefined && originHost(origin) !== request.host) throw new HttpProblem(403, "forbidden");
  });
}
