import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { hashToken } from "./session-service.js";
import { singleUseTokens, type TSingleUseTokenPurpose } from "./single-use-token-tables.js";

/** How long a mailed link works: a reset is for now, an invitation may wait for a week's absence. */
export const tokenLifetimeMinutes: Record<TSingleUseTokenPurpose, number> = {
  password_reset: 60,
  invitation: 7 * 24 * 60,
};

type TIssueOptions = { purpose: TSingleUseTokenPurpose; userId: string; createdBy: string | null };

/**
 * Issues a new token for the user and retires their older unused ones of the same purpose, so
 * only the newest mailed link works. Returns the token for the link; only its hash is stored.
 */
export async function issueSingleUseToken(db: TDbExecutor, { purpose, userId, createdBy }: TIssueOptions) {
  await retireSingleUseTokens(db, userId, purpose);
  const token = randomBytes(32).toString("base64url");
  await db.insert(singleUseTokens).values({
    tokenHash: hashToken(token),
    purpose,
    userId,
    createdBy,
    expiresAt: sql`now() + make_interval(mins => ${tokenLifetimeMinutes[purpose]})`,
  });
  return token;
}

/** Marks the user's unused tokens of this purpose used, so their links stop working. */
export async function retireSingleUseTokens(db: TDbExecutor, userId: string, purpose: TSingleUseTokenPurpose) {
  await db
    .update(singleUseTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(eq(singleUseTokens.userId, userId), eq(singleUseTokens.purpose, purpose), isNull(singleUseTokens.usedAt)),
    );
}

/** The user a live (unused, unexpired) token belongs to, or undefined. */
export async function findTokenUser(
  db: TDbExecutor,
  purpose: TSingleUseTokenPurpose,
  token: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: singleUseTokens.userId })
    .from(singleUseTokens)
    .where(
      and(
        eq(singleUseTokens.tokenHash, hashToken(token)),
        eq(singleUseTokens.purpose, purpose),
        isNull(singleUseTokens.usedAt),
        gt(singleUseTokens.expiresAt, sql`now()`),
      ),
    );
  return row?.userId;
}

/**
 * Uses the token up and returns its user; call inside the transaction that makes the change, so
 * the token is spent exactly when the change commits. The conditional update makes a second,
 * concurrent use find nothing. Used, expired and unknown tokens all get the same 404.
 */
export async function consumeSingleUseToken(
  db: TDbExecutor,
  purpose: TSingleUseTokenPurpose,
  token: string,
): Promise<string> {
  const [row] = await db
    .update(singleUseTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(singleUseTokens.tokenHash, hashToken(token)),
        eq(singleUseTokens.purpose, purpose),
        isNull(singleUseTokens.usedAt),
        gt(singleUseTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: singleUseTokens.userId });
  if (!row) throw new HttpProblem(404, "tokenInvalid");
  return row.userId;
}
