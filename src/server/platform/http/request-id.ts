import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";

const acceptableId = /^[A-Za-z0-9._:-]{8,64}$/;

/** Keeps a caller's X-Request-Id when it looks like an id (so traces join up), else makes one. */
export function generateRequestId(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  return typeof given === "string" && acceptableId.test(given) ? given : randomUUID();
}

export function echoRequestId(app: FastifyInstance) {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
}
