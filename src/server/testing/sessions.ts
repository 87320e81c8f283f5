import { createTotpSecret } from "../platform/auth/second-factor/totp.js";
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
