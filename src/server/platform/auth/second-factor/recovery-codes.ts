import { createHash, randomInt } from "node:crypto";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { TDbExecutor } from "../../db/database.js";
import { recoveryCodes } from "./second-factor-tables.js";

const RECOVERY_CODE_COUNT = 10;
/** Base32's letters and digits: no 0/1/8/9 to mistake for O, I, B or g when copied from paper. */
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** 10 characters of 32 = 50 random bits: far beyond guessing under the second-factor lockout. */
function generateRecoveryCode(): string {
  const characters = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${characters.slice(0, 5).join("")}-${characters.slice(5).join("")}`;
}

/** Expects the normalised form (ZRecoveryCode: lower case, no dashes). SHA-256 is enough for random codes. */
function hashRecoveryCode(normalisedCode: string): string {
  return createHash("sha256").update(normalisedCode).digest("hex");
}

/** Stores the hashes of the codes (as printed, with the dash) for the user. */
export async function insertRecoveryCodes(tx: TDbExecutor, userId: string, codes: readonly string[]): Promise<void> {
  if (codes.length === 0) return;
  await tx
    .insert(recoveryCodes)
    .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code.replace("-", "")) })));
}

/** Replaces all of the user's recovery codes with new ones and returns them (the only time they are seen). */
export async function replaceRecoveryCodes(tx: TDbExecutor, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await insertRecoveryCodes(tx, userId, codes);
  return codes;
}

/** Codes beyond the usual ten, for test users that log in many times in parallel (e2e). */
export function generateRecoveryCodes(count: number): string[] {
  return Array.from({ length: count }, generateRecoveryCode);
}

/** Marks the code used, in one statement, so two requests cannot both spend it. */
export async function spendRecoveryCode(db: TDbExecutor, userId: string, normalisedCode: string): Promise<boolean> {
  const spent = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(normalisedCode)),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return spent.length > 0;
}

export async function countRecoveryCodesLeft(db: TDbExecutor, userId: string): Promise<number> {
  const [row] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.left ?? 0;
}
