import type { TCurrentUser, TLoginRequest } from "../../../common/platform/session-schemas.js";
import type { TDb } from "../db/database.js";
import { HttpProblem } from "../http/problems.js";
import {
  createSession,
  findCurrentUser,
  type TClientInfo,
  type TSessionPolicy,
  verifyCredentials,
} from "./session-service.js";

/** Checks the credentials and opens a session; any failure is the same 401, with no hint which part was wrong. */
export async function logIn(
  db: TDb,
  credentials: TLoginRequest,
  policy: TSessionPolicy,
  client: TClientInfo,
): Promise<{ token: string; user: TCurrentUser }> {
  const userId = await verifyCredentials(db, credentials.email, credentials.password);
  const user = userId ? await findCurrentUser(db, userId) : undefined;
  if (!userId || !user) throw new HttpProblem(401, "invalidCredentials");
  const token = await createSession(db, userId, policy, client);
  return { token, user };
}
