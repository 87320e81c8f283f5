import { eq } from "drizzle-orm";
import type { TDbExecutor } from "../../db/database.js";
import { memberships } from "../auth-tables.js";
import { isSecondFactorRequiredFor } from "./second-factor-roles.js";
import { hasConfirmedTotp } from "./totp-credentials.js";

/** Required by a role of the user (SECOND_FACTOR_ROLES), or because the user enrolled voluntarily. */
export async function isSecondFactorRequired(db: TDbExecutor, userId: string): Promise<boolean> {
  const rows = await db.select({ role: memberships.role }).from(memberships).where(eq(memberships.userId, userId));
  return isSecondFactorRequiredFor(rows.map((row) => row.role)) || (await hasConfirmedTotp(db, userId));
}
