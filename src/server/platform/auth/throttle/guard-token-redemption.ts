import type { TDb } from "../../db/database.js";
import { clientNetwork } from "../../http/client-network.js";
import { defineThrottle, hashThrottleSubject, refundAttempt, type TThrottle, takeAttempt } from "./throttle.js";

/**
 * Mailed links (password reset, invitation) carry 256-bit tokens, so guessing is hopeless; still,
 * a client address that keeps presenting bad tokens is locked out progressively, shared by all
 * instances. A redemption that succeeds takes its attempt back; a failing one (404, 422) keeps it.
 */
export function defineTokenRedemptionThrottle(addressThreshold: number): TThrottle {
  return defineThrottle("token_redemption_address", addressThreshold);
}

export async function guardTokenRedemption<T>(
  db: TDb,
  throttle: TThrottle,
  ipAddress: string,
  redeem: () => Promise<T>,
): Promise<T> {
  const subject = hashThrottleSubject(clientNetwork(ipAddress));
  await takeAttempt(db, throttle, subject);
  const result = await redeem();
  await refundAttempt(db, throttle, subject);
  return result;
}
