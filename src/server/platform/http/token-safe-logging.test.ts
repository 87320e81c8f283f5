import { expect, it } from "vitest";
import { redactMailedTokens } from "./token-safe-logging.js";

it("takes the tokens of mailed links out of logged URLs and leaves other paths alone", () => {
  const token = "a".repeat(43);
  expect(redactMailedTokens(`/app/reset-password/${token}`)).toBe("/app/reset-password/[token]");
  expect(redactMailedTokens(`/app/invitation/${token}?x=1`)).toBe("/app/invitation/[token]?x=1");
  expect(redactMailedTokens(`/api/password-resets/${token}`)).toBe("/api/password-resets/[token]");
  expect(redactMailedTokens(`/api/invitations/${token}/acceptance`)).toBe("/api/invitations/[token]/acceptance");
  expect(redactMailedTokens(`/portal/ar/registrierung/bestaetigung/${token}`)).toBe(
    "/portal/ar/registrierung/bestaetigung/[token]",
  );
  expect(redactMailedTokens("/api/users/3f0c2a4e-1111-4222-8333-944455556666")).toBe(
    "/api/users/3f0c2a4e-1111-4222-8333-944455556666",
  );
});
