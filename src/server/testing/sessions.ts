import type { TApp } from "../app.js";
import { createTotpSecret, generateTotpCode } from "../platform/auth/second-factor/totp.js";
import { enrolKnownTotpSecret } from "../platform/auth/second-factor/totp-credentials.js";
import { SESSION_COOKIE } from "../platform/auth/session-cookie.js";
import { createSession } from "../platform/auth/session-service.js";
import type { TDb } from "../platform/db/database.js";

/**
 * Cookies of a complete session for the user, written straight to the database: for tests of
 * anything but the login itself (roles that need a second factor would otherwise have to pass it).
 */
export async function signInAs(db: TDb, userId: string): Promise<Record<string, string>> {
  const token = await createSession(
    db,
    userId,
    { idleMinutes: 30, absoluteHours: 12 },
    { ipAddress: "127.0.0.1", userAgent: "test" },
  );
  return { [SESSION_COOKIE]: token };
}

/** Gives the user a confirmed authenticator and returns its secret (compute codes with generateTotpCode). */
export async function enrolTestTotp(db: TDb, userId: string): Promise<string> {
  const secret = createTotpSecret();
  await enrolKnownTotpSecret(db, [userId], secret);
  return secret;
}

type TInjectable = { inject: TApp["inject"] };

/**
 * Logs the user in the way a person does — password, then a TOTP code — so the login writes its
 * audit events; returns the cookies of the completed session.
 */
export async function logInThroughApi(
  app: TInjectable,
  db: TDb,
  user: { id: string; email: string },
  password: string,
): Promise<Record<string, string>> {
  const secret = await enrolTestTotp(db, user.id);
  const started = await app.inject({ method: "POST", url: "/api/sessions", payload: { email: user.email, password } });
  const pending = started.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value ?? "";
  const completed = await app.inject({
    method: "POST",
    url: "/api/sessions/current/second-factor",
    cookies: { [SESSION_COOKIE]: pending },
    payload: { code: generateTotpCode(secret) },
  });
  if (completed.statusCode !== 200) throw new Error(`second factor refused: ${completed.body}`);
  const token = completed.cookies.find((cookie) => cookie.name === SESSION_COOKIE)?.value ?? "";
  return { [SESSION_COOKIE]: token };
}
