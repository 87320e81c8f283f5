import type { TOidcLoginError } from "../../../../common/platform/sso-schemas.js";

/** A single sign-on login that ends without a session; the callback turns it into /app/login?error=<code>. */
export class OidcLoginError extends Error {
  constructor(
    readonly code: TOidcLoginError,
    options?: { cause?: unknown },
  ) {
    super(`single sign-on refused: ${code}`, options);
    this.name = "OidcLoginError";
  }
}
