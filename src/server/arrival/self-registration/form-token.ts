import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { clientNetwork } from "../../platform/http/client-network.js";

/** A form older than this is refused: the page was left open too long, or the token was harvested. */
const maxAgeMilliseconds = 2 * 60 * 60 * 1000;

export type TFormTokenCheck =
  | { isValid: true; nonce: string }
  | { isValid: false; reason: "forged" | "too_fast" | "expired" };

/**
 * Signed form tokens, our stand-in for a CAPTCHA that needs neither JavaScript nor a third party:
 * the form carries the moment it was rendered and a nonce, signed with the server's key. A bot
 * that posts without loading the form, or faster than a person can read it, fails; the nonce is
 * stored with the registration, so a replayed form finds it taken.
 */
export function createFormTokens(secret: Buffer, minFillSeconds: number) {
  const sign = (payload: string) => createHmac("sha256", secret).update(`form:${payload}`).digest("base64url");

  return {
    issue(now = Date.now()): string {
      const payload = `${now}.${randomBytes(16).toString("base64url")}`;
      return `${payload}.${sign(payload)}`;
    },

    check(token: string, now = Date.now()): TFormTokenCheck {
      const [issuedAt = "", nonce = "", signature = ""] = token.split(".");
      const expected = Buffer.from(sign(`${issuedAt}.${nonce}`));
      const given = Buffer.from(signature);
      if (!/^\d{1,15}$/.test(issuedAt) || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        return { isValid: false, reason: "forged" };
      }
      const age = now - Number(issuedAt);
      if (age < minFillSeconds * 1000) return { isValid: false, reason: "too_fast" };
      if (age > maxAgeMilliseconds) return { isValid: false, reason: "expired" };
      return { isValid: true, nonce };
    },

    /**
     * The client's network (an IPv6 address's /64) as a keyed hash: enough to count registrations
     * per client, useless as a list of addresses.
     */
    hashAddress(address: string): string {
      return createHmac("sha256", secret)
        .update(`address:${clientNetwork(address)}`)
        .digest("hex");
    },
  };
}

export type TFormTokens = ReturnType<typeof createFormTokens>;
