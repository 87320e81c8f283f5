import type { FastifyReply, FastifyRequest } from "fastify";

export const SESSION_COOKIE = "kommmit_session";

export function readSessionToken(request: FastifyRequest): string | undefined {
  const token = request.cookies[SESSION_COOKIE];
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

type TCookieOptions = { maxAgeSeconds: number; isPublicUrlHttps: boolean };

/** Secure whenever the public address is https, also when TLS ends at a proxy in front of us. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, options: TCookieOptions) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: options.isPublicUrlHttps || request.protocol === "https",
    maxAge: options.maxAgeSeconds,
  });
}

/** The cookie settings of this installation, bound once, for every route that issues a session. */
export type TSessionCookieSender = TCookieOptions & {
  set(request: FastifyRequest, reply: FastifyReply, token: string): void;
};

export function createSessionCookieSender(options: TCookieOptions): TSessionCookieSender {
  return { ...options, set: (request, reply, token) => setSessionCookie(request, reply, token, options) };
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
