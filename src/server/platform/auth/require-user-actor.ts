import type { FastifyRequest } from "fastify";
import { requireActor } from "../access/route-access.js";
import { HttpProblem } from "../http/problems.js";

/** For routes about the person logged in (their sessions, their authenticator): API tokens act for nobody. */
export function requireUserActor(request: FastifyRequest) {
  const actor = requireActor(request);
  if (actor.kind !== "user") throw new HttpProblem(403, "forbidden");
  return actor;
}
