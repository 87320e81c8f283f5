import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { HttpProblem } from "./problems.js";
import { tokenSafeLogSerializers } from "./token-safe-logging.js";

export const webBuildDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../dist/web");
export const STAFF_APP_BASE = "/app/";

export function isWebAppBuilt(): boolean {
  return fs.existsSync(path.join(webBuildDir, "index.html"));
}

/**
 * Serves the built staff app under /app/. Client-side routes (/app/persons/…) get index.html;
 * hashed assets are cached for a year, index.html never.
 */
export async function registerWebApp(app: FastifyInstance) {
  app.get("/", { schema: { hide: true } }, (_request, reply) => reply.redirect(STAFF_APP_BASE));
  if (!isWebAppBuilt()) {
    app.get("/app/*", { schema: { hide: true } }, () => {
      throw new HttpProblem(503, "unavailable", { detail: "The staff web app is not built: run `npm run build`." });
    });
    return;
  }
  await app.register(fastifyStatic, {
    root: webBuildDir,
    prefix: STAFF_APP_BASE,
    index: false,
    wildcard: false,
    setHeaders(response, filePath) {
      const isHashedAsset = filePath.includes(`${path.sep}assets${path.sep}`);
      response.setHeader("cache-control", isHashedAsset ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.get("/app", { schema: { hide: true } }, (_request, reply) => reply.redirect(STAFF_APP_BASE));
  app.get("/app/*", { schema: { hide: true }, logSerializers: tokenSafeLogSerializers }, (request, reply) => {
    // A missing hashed asset is a 404, not the app shell (which would fail to parse as a script).
    if (request.url.startsWith(`${STAFF_APP_BASE}assets/`)) return reply.callNotFound();
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
