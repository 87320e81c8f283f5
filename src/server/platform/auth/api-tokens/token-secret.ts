import { randomBytes } from "node:crypto";
import { API_TOKEN_PREFIX } from "../../../../common/platform/api-token-schemas.js";

/** 32 random bytes behind a recognisable prefix, so secret scanners and people can tell what leaked. */
export function generateTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function isWellFormedTokenSecret(value: string): boolean {
  return value.startsWith(API_TOKEN_PREFIX) && /^[A-Za-z0-9_-]{43}$/.test(value.slice(API_TOKEN_PREFIX.length));
}
