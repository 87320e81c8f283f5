import { eq, lt, sql } from "drizzle-orm";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { TDb } from "../../db/database.js";
import { hashToken } from "../session-service.js";
import { oidcLoginStates } from "./oidc-tables.js";

const STATE_COOKIE = "kommmit_oidc_state";
const STATE_COOKIE_PATH = "/api/auth/oidc/";
const LOGIN_MINUTES = 10;

export type TLoginState = { state: string; nonce: string; codeVerifier: string };

/** Stores an attempt and drops the ones nobody finished. */
export async function saveLoginState(db: TDb, providerId: string, login: TLoginState): Promise<void> {
  await db.delete(oidcLoginStates).where(lt(oidcLoginStates.expiresAt, sql`now()`));
  await db.insert(oidcLoginStates).values({
    stateHash: hashToken(login.state),
    providerId,
    nonce: login.nonce,
    codeVerifier: login.codeVerifier,
    expiresAt: sql`now() + make_interval(mins => ${LOGIN_MINUTES})`,
  });
}

/** Takes the attempt out (each state works once); undefined when unknown, expired or for another provider. */
export async function consumeLoginState(
  db: TDb,
  providerId: string,
  state: string,
): Promise<{ nonce: string; codeVerifier: string } | undefined> {
  const [row] = await db
    .delete(oidcLoginStates)
    .where(eq(oidcLoginStates.stateHash, hashToken(state)))
    .returning();
  if (!row || row.providerId !== providerId || row.expiresAt.getTime() <= Date.now()) return undefined;
  return { nonce: row.nonce, codeVerifier: row.codeVerifier };
}

/**
 * The state also goes into a cookie of this browser, and the callback demands both match: a login
 * started in an attacker's browser cannot be finished in the victim's (login CSRF). SameSite=Lax,
 * because the provider's redirect back to us is a cross-site navigation.
 */
export function setStateCookie(request: FastifyRequest, reply: FastifyReply, state: string, isPublicUrlHttps: boolean) {
  reply.setCookie(STATE_COOKIE, state, {
    path: STATE_COOKIE_PATH,
    httpOnly: true,
    sameSite: "lax",
    secure: isPublicUrlHttps || request.protocol === "https",
    maxAge: LOGIN_MINUTES * 60,
  });
}

export function readStateCookie(request: FastifyRequest): string | undefined {
  return request.cookies[STATE_COOKIE];
}

export function clearStateCookie(reply: FastifyReply) {
  reply.clearCookie(STATE_COOKIE, { path: STATE_COOKIE_PATH });
}
