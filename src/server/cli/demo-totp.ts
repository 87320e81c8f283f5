import { DEMO_TOTP_SECRET } from "../demo/demo-logins.js";
import { generateTotpCode, secondsUntilNextTotpStep } from "../platform/auth/second-factor/totp.js";

/**
 * `npm run demo:totp`: the current second-factor code of the demo logins (their secret is public,
 * docs/demo-data.md). Real users' secrets never leave the database, so this works for demo logins only.
 */
const seconds = secondsUntilNextTotpStep();
process.stdout.write(
  `Demo second-factor code: ${generateTotpCode(DEMO_TOTP_SECRET)}  (valid for ${seconds} s more, and the 30 s after)\n`,
);
