import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { z } from "zod";
import { ZProblem } from "../../../common/platform/problem.js";
import { publicAccess } from "../access/route-access.js";

const problemResponse = {
  description: "Problem details (RFC 9457)",
  content: { "application/problem+json": { schema: z.toJSONSchema(ZProblem, { target: "draft-2020-12" }) } },
};

/** OpenAPI 3.1 generated from the routes' zod schemas, at /api/openapi.json, with a docs page at /api/docs. */
export async function registerOpenApi(app: FastifyInstance, version: string) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "KommMit API",
        version,
        description:
          "Integration management for German districts and their municipalities. Errors are RFC 9457 " +
          "problem details (application/problem+json) with field-level `errors`.",
      },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "kommmit_session" },
          apiToken: { type: "http", scheme: "bearer", description: "API token (kmt_…), see docs/security-sso.md" },
        },
      },
    },
    transform: (document) => {
      const transformed = jsonSchemaTransform(document);
      const schema = transformed.schema as { response?: Record<string, unknown>; hide?: boolean };
      if (!schema.hide) schema.response = { ...schema.response, default: problemResponse };
      return transformed;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs", staticCSP: true });
  app.get(
    "/api/openapi.json",
    {
      config: { access: publicAccess },
      schema: { hide: true, response: { 200: z.record(z.string(), z.unknown()) } },
    },
    async () => app.swagger() as unknown as Record<string, unknown>,
  );
}
