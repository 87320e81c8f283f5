import { eq } from "drizzle-orm";
import type { TUserAction, TUserSummary } from "../../../common/platform/user-schemas.js";
import type { TAuthenticatedActor } from "../auth/actor-types.js";
import { users } from "../auth/auth-tables.js";
import type { TDbExecutor } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import { toUserSummaries, userColumns } from "./user-rows.js";

/**
 * One user, as the actor sees them. Who works where is personal data, so a user the actor cannot
 * read is 404; one they can read but not change this way is 403 (userBeyondReach when the account
 * reaches into other organisations).
 */
export async function findUser(
  db: TDbExecutor,
  actor: TAuthenticatedActor,
  id: string,
  action: TUserAction = "read",
): Promise<TUserSummary> {
  const rows = await db.select(userColumns).from(users).where(eq(users.id, id));
  const [user] = await toUserSummaries(db, actor, rows);
  if (!user?.allowedActions.includes("read")) throw new HttpProblem(404, "notFound");
  if (!user.allowedActions.includes(action)) throw new HttpProblem(403, "userBeyondReach");
  return user;
}
