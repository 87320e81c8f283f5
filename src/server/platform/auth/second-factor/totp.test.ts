import { describe, expect, it } from "vitest";
import { buildOtpauthUri, createTotpSecret, findTotpStep, generateTotpCode } from "./totp.js";

// RFC 6238 appendix B: the SHA-1 secret "12345678901234567890" (base32 below) at T = 59 s gives 94287082 (8 digits);
// its last 6 digits are the 6-digit code.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("computes the RFC 6238 test vector", () => {
    expect(generateTotpCode(RFC_SECRET, 59_000)).toBe("287082");
    expect(generateTotpCode(RFC_SECRET, 1_111_111_109_000)).toBe("081804");
  });

  it("finds the step of a code within one step either side, and nothing further", () => {
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(findTotpStep(RFC_SECRET, generateTotpCode(RFC_SECRET, now), now)).toBe(step);
    expect(findTotpStep(RFC_SECRET, generateTotpCode(RFC_SECRET, now - 30_000), now)).toBe(step - 1);
    expect(findTotpStep(RFC_SECRET, generateTotpCode(RFC_SECRET, now + 30_000), now)).toBe(step + 1);
    expect(findTotpStep(RFC_SECRET, generateTotpCode(RFC_SECRET, now - 60_000), now)).toBeUndefined();
  });

  it("creates 160-bit base32 secrets and a standard otpauth URI", () => {
    const secret = createTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(secret);
    const uri = new URL(buildOtpauthUri(secret, "anna@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("KommMit");
  });
});
