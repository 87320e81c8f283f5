import { createHash, randomBytes } from "node:crypto";
import { eq, lt, or, sql } from "drizzle-orm";
import type { TCurrentUser, TSessionStage } from "../../../common/platform/session-schemas.js";
import type { TDb, TDbExecutor } from "../db/database.js";
import { organisations } from "../organisations/organisation-tables.js";
import type { TActorMembership } from "./actor-types.js";
import { memberships, sessions, type TStoredSessionStage, users } from "./auth-tables.js";
import { membershipsOf } from "./memberships-of.js";
import { verifyPassword } from "./password.js";
import { hasConfirmedTotp } from "./second-factor/totp-credentials.js";

export type TSessionPolicy = { idleMinutes: number; absoluteHours: number };
export type TClientInfo = { ipAddress: string; userAgent: string | undefined };

/** A session waiting for its second factor lives only this long: enough to find the phone. */
const PENDING_SESSION_MINUTES = 10;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Checks the credentials. `userId` names the account the e-mail belongs to (for the audit trail),
 * `isValid` whether the password matched an active account; callers answer every failure alike.
 */
export async function verifyCredentials(
  db: TDb,
  email: string,
  password: string,
): Promise<{ userId: string | undefined; isValid: boolean }> {
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()));
  const isPasswordValid = await verifyPassword(user?.passwordHash, password);
  return { userId: user?.id, isValid: isPasswordValid && user?.isActive === true };
}

/**
 * Creates a session and returns the token for the cookie; the database keeps only its hash.
 * Single sign-on and other complete logins use the default stage; a password login of a user who
 * needs a second factor opens a short-lived "second_factor_pending" one.
 */
export async function createSession(
  db: TDbExecutor,
  userId: string,
  policy: TSessionPolicy,
  client: TClientInfo,
  stage: TStoredSessionStage = "complete",
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const now = Date.now();
  const isPending = stage === "second_factor_pending";
  const idleMinutes = isPending ? Math.min(policy.idleMinutes, PENDING_SESSION_MINUTES) : policy.idleMinutes;
  const absoluteMs = isPending ? PENDING_SESSION_MINUTES * 60_000 : policy.absoluteHours * 3_600_000;
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    stage,
    idleExpiresAt: new Date(now + idleMinutes * 60_000),
    absoluteExpiresAt: new Date(now + absoluteMs),
    ipAddress: client.ipAddress,
    userAgent: client.userAgent?.slice(0, 512),
  });
  return token;
}

/** A live session as the actor resolution needs it; `validForMs` says how long it stays live untouched. */
export type TLiveSession = {
  userId: string;
  stage: TStoredSessionStage;
  memberships: TActorMembership[];
  validForMs: number;
};

/**
 * Finds the live session of an active user and the user's memberships, in one read. The idle
 * expiry slides forward at most once a minute, in a second statement only then, so a burst of
 * API requests reads the session row instead of rewriting it.
 */
export async function touchSession(
  db: TDb,
  tokenHash: string,
  policy: TSessionPolicy,
): Promise<TLiveSession | undefined> {
  const result = await db.execute<{
    user_id: string;
    stage: TStoredSessionStage;
    is_idle_expiry_stale: boolean;
    valid_for_ms: number;
    memberships: TActorMembership[];
  }>(sql`
    select ${sessions.userId} as user_id, ${sessions.stage} as stage,
      ${sessions.lastSeenAt} < now() - interval '1 minute' as is_idle_expiry_stale,
      (extract(epoch from least(${sessions.idleExpiresAt}, ${sessions.absoluteExpiresAt}) - now()) * 1000)::float8
        as valid_for_ms,
      ${membershipsOf(sql`${sessions.userId}`)} as memberships
    from ${sessions} join ${users} on ${users.id} = ${sessions.userId}
    where ${sessions.tokenHash} = ${tokenHash} and ${users.isActive}
      and ${sessions.idleExpiresAt} > now() and ${sessions.absoluteExpiresAt} > now()`);
  const row = result.rows[0];
  if (!row) return undefined;
  if (row.is_idle_expiry_stale) {
    await db
      .update(sessions)
      .set({
        lastSeenAt: sql`now()`,
        idleExpiresAt: sql`least(${sessions.absoluteExpiresAt}, now() + make_interval(mins => ${policy.idleMinutes}))`,
      })
      .where(eq(sessions.tokenHash, tokenHash));
  }
  return { userId: row.user_id, stage: row.stage, memberships: row.memberships, validForMs: row.valid_for_ms };
}

export async function deleteSessionByToken(db: TDbExecutor, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Removes every session past its idle or absolute expiry; returns how many. */
export async function purgeExpiredSessions(db: TDb): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.idleExpiresAt, sql`now()`), lt(sessions.absoluteExpiresAt, sql`now()`)))
    .returning({ tokenHash: sessions.tokenHash });
  return deleted.length;
}

/** What the UI is told about the session's stage; a pending one says whether to verify or to enrol. */
async function describeStage(db: TDbExecutor, userId: string, stage: TStoredSessionStage): Promise<TSessionStage> {
  if (stage === "complete") return "complete";
  return (await hasConfirmedTotp(db, userId)) ? "second_factor_required" : "enrolment_required";
}

/** The user as the UI sees them; memberships only once the session is complete. */
export async function findCurrentUser(
  db: TDbExecutor,
  userId: string,
  sessionStage: TStoredSessionStage = "complete",
): Promise<TCurrentUser | undefined> {
  const [found] = await db
    .select({ id: users.id, email: users.email, displayName: users.displayName, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId));
  if (!found) return undefined;
  const user = { ...found, stage: await describeStage(db, userId, sessionStage) };
  if (user.stage !== "complete") return { ...user, memberships: [] };
  const rows = await db
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      organisationKind: organisations.kind,
      municipalUnitKey: organisations.municipalUnitKey,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name, memberships.role);
  return { ...user, memberships: rows };
}
