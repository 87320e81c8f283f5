import type { FastifyRequest } from "fastify";

/** Mailed links carry a live token in their path; logs keep the path without it. */
export function redactMailedTokens(url: string): string {
  return url.replace(
    /\/(reset-password|invitation|password-resets|invitations|bestaetigung|selbstcheck)\/[A-Za-z0-9_-]{20,}/g,
    "/$1/[token]",
  );
}

/**
 * Fastify's request serializer with the token taken out of the URL. Set as `logSerializers` on the
 * routes whose paths carry tokens (the API's token routes and the web app's page routes).
 */
export const tokenSafeLogSerializers = {
  req: (request: FastifyRequest) => ({
    method: request.method,
    url: redactMailedTokens(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  }),
};
