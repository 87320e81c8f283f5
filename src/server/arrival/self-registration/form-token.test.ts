import { describe, expect, it } from "vitest";
import { createFormTokens } from "./form-token.js";

const tokens = createFormTokens(Buffer.from("a test key that is long enough!!"), 3);
const issuedAt = Date.UTC(2026, 11, 2, 10, 0, 0);

describe("form tokens", () => {
  it("accept a form sent after the minimum fill time, with its nonce", () => {
    const token = tokens.issue(issuedAt);
    expect(tokens.check(token, issuedAt + 3000)).toEqual({ isValid: true, nonce: token.split(".")[1] });
  });

  it("refuse a form sent too fast, one left open for hours, and one signed with another key", () => {
    const token = tokens.issue(issuedAt);
    expect(tokens.check(token, issuedAt + 2999)).toEqual({ isValid: false, reason: "too_fast" });
    expect(tokens.check(token, issuedAt + 3 * 3600 * 1000)).toEqual({ isValid: false, reason: "expired" });
    const foreign = createFormTokens(Buffer.from("another key, just as long as it!"), 3).issue(issuedAt);
    expect(tokens.check(foreign, issuedAt + 5000)).toEqual({ isValid: false, reason: "forged" });
  });

  it("refuse a token whose time was moved back to look older", () => {
    const [, nonce, signature] = tokens.issue(issuedAt).split(".");
    expect(tokens.check(`${issuedAt - 60_000}.${nonce}.${signature}`, issuedAt + 1000)).toEqual({
      isValid: false,
      reason: "forged",
    });
  });

  it("hash addresses with the key, so the table holds no address", () => {
    expect(tokens.hashAddress("192.0.2.1")).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens.hashAddress("192.0.2.1")).not.toBe(
      createFormTokens(Buffer.from("x".repeat(32)), 3).hashAddress("192.0.2.1"),
    );
  });
});
