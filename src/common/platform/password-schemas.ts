import { z } from "zod";

/**
 * The length rules of a new password, shared by the server and the web forms. The server adds the
 * checks that need more than the text itself (common passwords, the person's own name and e-mail):
 * see src/server/platform/auth/password-policy.ts.
 */
export const passwordLengths = { minimum: 12, maximum: 1024 } as const;

export const ZNewPassword = z.string().min(passwordLengths.minimum).max(passwordLengths.maximum);

export const ZPasswordResetRequest = z.strictObject({ email: z.email().max(320) }).meta({ id: "PasswordResetRequest" });
export type TPasswordResetRequest = z.infer<typeof ZPasswordResetRequest>;

export const ZPasswordResetCompletion = z
  .strictObject({ password: ZNewPassword })
  .meta({ id: "PasswordResetCompletion" });
export type TPasswordResetCompletion = z.infer<typeof ZPasswordResetCompletion>;

/** The same answer for every requested address, known or not, so the answer reveals no account. */
export const ZAcceptedForDelivery = z
  .object({ status: z.literal("accepted") })
  .meta({ id: "AcceptedForDelivery", description: "If the address belongs to an account, a mail is on its way." });
export type TAcceptedForDelivery = z.infer<typeof ZAcceptedForDelivery>;

/** Single-use tokens from mailed links: 32 random bytes, base64url. */
export const ZMailedToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/)
  .meta({ description: "the token from the mailed link" });

export const ZTokenParams = z.strictObject({ token: ZMailedToken });
