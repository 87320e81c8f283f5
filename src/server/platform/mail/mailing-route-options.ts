import type { TThrottle } from "../auth/throttle/throttle.js";
import type { TDb } from "../db/database.js";
import type { TMailer } from "./mailer.js";

/** What the routes that mail single-use links (password reset, invitation) are registered with. */
export type TMailingRouteOptions = {
  db: TDb;
  mailer: TMailer;
  publicUrl: string | undefined;
  /** Requests per minute and client address (per instance), like the login. */
  attemptsPerMinute: number;
  /** Locks out client addresses that keep presenting bad tokens (all instances). */
  tokenThrottle: TThrottle;
};
