import { lt, or, sql } from "drizzle-orm";
import type { TDb } from "../db/database.js";
import { oidcLoginStates } from "./oidc/oidc-tables.js";
import { singleUseTokens } from "./single-use-token-tables.js";

/**
 * Deletes mailed-link tokens a day after they were used or expired, and single sign-on attempts
 * past their expiry: neither can be redeemed any more, and keeping them keeps data without purpose.
 */
export async function purgeSpentTokens(db: TDb): Promise<{ mailedLinks: number; loginAttempts: number }> {
  const mailedLinks = await db
    .delete(singleUseTokens)
    .where(
      or(
        lt(singleUseTokens.usedAt, sql`now() - interval '1 day'`),
        lt(singleUseTokens.expiresAt, sql`now() - interval '1 day'`),
      ),
    )
    .returning({ tokenHash: singleUseTokens.tokenHash });
  const loginAttempts = await db
    .delete(oidcLoginStates)
    .where(lt(oidcLoginStates.expiresAt, sql`now()`))
    .returning({ expiresAt: oidcLoginStates.expiresAt });
  return { mailedLinks: mailedLinks.length, loginAttempts: loginAttempts.length };
}
