import { z } from "zod";
import { ZCurrentUser } from "./session-schemas.js";

/** A 6-digit TOTP code (RFC 6238); spaces a user types between the groups are dropped. */
export const ZTotpCode = z
  .string()
  .transform((value) => value.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, { error: "6 digits" }));

/** A recovery code as printed (`abcde-fghij`); case, spaces and dashes do not matter. */
export const ZRecoveryCode = z
  .string()
  .transform((value) => value.toLowerCase().replace(/[\s-]+/g, ""))
  .pipe(z.string().regex(/^[a-z2-7]{10}$/, { error: "10 letters and digits" }));

export const ZTotpCodeRequest = z.strictObject({ code: ZTotpCode }).meta({ id: "TotpCodeRequest" });
export type TTotpCodeRequest = z.input<typeof ZTotpCodeRequest>;

/** The second step of a login: a current code, or one of the recovery codes. */
export const ZSecondFactorRequest = z
  .union([z.strictObject({ code: ZTotpCode }), z.strictObject({ recoveryCode: ZRecoveryCode })])
  .meta({ id: "SecondFactorRequest" });
export type TSecondFactorRequest = z.input<typeof ZSecondFactorRequest>;

/** Shown once when enrolment starts: the secret for manual entry, its otpauth:// URI, and that URI as a QR code. */
export const ZTotpEnrolment = z
  .object({
    secret: z.string(),
    otpauthUri: z.string(),
    qrCodeDataUrl: z.string().meta({ description: "data:image/svg+xml;base64,… of the otpauth URI" }),
  })
  .meta({ id: "TotpEnrolment" });
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;

export const ZRecoveryCodes = z
  .object({ recoveryCodes: z.array(z.string()).meta({ description: "shown once; only hashes are kept" }) })
  .meta({ id: "RecoveryCodes" });
export type TRecoveryCodes = z.infer<typeof ZRecoveryCodes>;

/** Enrolment confirmed during login: the session is complete now, and the recovery codes are shown once. */
export const ZEnrolledLogin = z
  .object({ user: ZCurrentUser, recoveryCodes: z.array(z.string()) })
  .meta({ id: "EnrolledLogin" });
export type TEnrolledLogin = z.infer<typeof ZEnrolledLogin>;

export const ZSecondFactorStatus = z
  .object({
    isEnrolled: z.boolean(),
    isRequired: z.boolean().meta({ description: "a role of the user needs it, or the user enrolled voluntarily" }),
    confirmedAt: z.iso.datetime({ offset: true }).nullable(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: "SecondFactorStatus" });
export type TSecondFactorStatus = z.infer<typeof ZSecondFactorStatus>;

export const ZActiveSession = z
  .object({
    id: z.uuid(),
    createdAt: z.iso.datetime({ offset: true }),
    lastSeenAt: z.iso.datetime({ offset: true }),
    ipAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    isCurrent: z.boolean(),
  })
  .meta({ id: "ActiveSession" });
export type TActiveSession = z.infer<typeof ZActiveSession>;

export const ZActiveSessions = z.array(ZActiveSession).meta({ id: "ActiveSessions" });
