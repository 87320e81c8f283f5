import { eq } from "drizzle-orm";
import type { TDbExecutor } from "../db/database.js";
import { sessions } from "./auth-tables.js";

/** Ends every session of the user (deactivation, new password): the next request of each is anonymous. */
export async function endAllSessions(db: TDbExecutor, userId: string): Promise<number> {
  const ended = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ userId: sessions.userId });
  return ended.length;
}
