import type { TAuditContext } from "../../audit/record-audit-event.js";
import { recordAuditEvents } from "../../audit/record-audit-event.js";
import type { TDbExecutor } from "../../db/database.js";
import { defineThrottle, type TThrottle } from "./throttle.js";

/** The throttles of the login steps, with the thresholds from the configuration (config.lockout). */
export type TLoginThrottles = { email: TThrottle; address: TThrottle; secondFactor: TThrottle };

export function defineLoginThrottles(lockout: { threshold: number; addressThreshold: number }): TLoginThrottles {
  return {
    email: defineThrottle("login_email", lockout.threshold),
    // Higher: a whole office may share one address, and one colleague's typos must not lock the rest out.
    address: defineThrottle("login_address", lockout.addressThreshold),
    secondFactor: defineThrottle("second_factor", lockout.threshold),
  };
}

/** One "session.locked_out" audit event per key that this failed attempt locked. */
export async function recordLockouts(
  db: TDbExecutor,
  audit: TAuditContext,
  locked: readonly { throttle: TThrottle; hasLocked: boolean }[],
  subject?: { subjectType: string; subjectId: string },
): Promise<void> {
  await recordAuditEvents(
    db,
    audit,
    locked
      .filter((entry) => entry.hasLocked)
      .map((entry) => ({
        action: "session.locked_out" as const,
        ...subject,
        detail: { purpose: entry.throttle.purpose },
      })),
  );
}
