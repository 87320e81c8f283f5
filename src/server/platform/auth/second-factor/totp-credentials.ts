import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { TTotpEnrolment } from "../../../../common/platform/security-schemas.js";
import type { TDbExecutor } from "../../db/database.js";
import { HttpProblem } from "../../http/problems.js";
import { replaceRecoveryCodes } from "./recovery-codes.js";
import { totpCredentials } from "./second-factor-tables.js";
import { buildOtpauthUri, createTotpSecret, findTotpStep, renderQrCodeDataUrl } from "./totp.js";

export async function hasConfirmedTotp(db: TDbExecutor, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  return row !== undefined;
}

/**
 * Starts (or restarts) an enrolment with a fresh secret; the only answer that ever carries the
 * secret. A user with a confirmed authenticator gets 409: replacing it needs its own flow.
 */
export async function startTotpEnrolment(
  db: TDbExecutor,
  user: { id: string; email: string },
): Promise<TTotpEnrolment> {
  const secret = createTotpSecret();
  const stored = await db
    .insert(totpCredentials)
    .values({ userId: user.id, secret })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, createdAt: sql`now()` },
      setWhere: isNull(totpCredentials.confirmedAt),
    })
    .returning({ userId: totpCredentials.userId });
  if (stored.length === 0) throw new HttpProblem(409, "secondFactorAlreadyEnrolled");
  const otpauthUri = buildOtpauthUri(secret, user.email);
  return { secret, otpauthUri, qrCodeDataUrl: await renderQrCodeDataUrl(otpauthUri) };
}

/**
 * Confirms the pending enrolment with a first code and returns new recovery codes, or undefined
 * when the code is wrong. Call inside the transaction that records the audit event.
 */
export async function confirmTotpEnrolment(
  tx: TDbExecutor,
  userId: string,
  code: string,
): Promise<string[] | undefined> {
  const [pending] = await tx
    .select({ secret: totpCredentials.secret })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNull(totpCredentials.confirmedAt)));
  if (!pending) throw new HttpProblem(409, "secondFactorNotPending");
  const step = findTotpStep(pending.secret, code);
  if (step === undefined) return undefined;
  const confirmed = await tx
    .update(totpCredentials)
    .set({ confirmedAt: sql`now()`, lastUsedStep: step })
    .where(and(eq(totpCredentials.userId, userId), isNull(totpCredentials.confirmedAt)))
    .returning({ userId: totpCredentials.userId });
  if (confirmed.length === 0) return undefined;
  return replaceRecoveryCodes(tx, userId);
}

/**
 * Checks a code against the user's confirmed authenticator. A code is accepted once: its time
 * step must be later than the last accepted one (RFC 6238 §5.2), checked and stored in one
 * statement so that two requests with the same code cannot both pass.
 */
export async function verifyTotpCode(db: TDbExecutor, userId: string, code: string): Promise<boolean> {
  const [credential] = await db
    .select({ secret: totpCredentials.secret })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  if (!credential) return false;
  const step = findTotpStep(credential.secret, code);
  if (step === undefined) return false;
  const accepted = await db
    .update(totpCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(totpCredentials.userId, userId),
        or(isNull(totpCredentials.lastUsedStep), lt(totpCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ userId: totpCredentials.userId });
  return accepted.length > 0;
}

export async function findTotpConfirmedAt(db: TDbExecutor, userId: string): Promise<Date | null> {
  const [row] = await db
    .select({ confirmedAt: totpCredentials.confirmedAt })
    .from(totpCredentials)
    .where(eq(totpCredentials.userId, userId));
  return row?.confirmedAt ?? null;
}

/**
 * Stores an already confirmed authenticator with a known secret, without recovery codes: for demo
 * logins (their secret is published in docs/demo-data.md) and tests. Never for real users.
 */
export async function enrolKnownTotpSecret(db: TDbExecutor, userIds: readonly string[], secret: string): Promise<void> {
  if (userIds.length === 0) return;
  await db.insert(totpCredentials).values(userIds.map((userId) => ({ userId, secret, confirmedAt: new Date() })));
}
