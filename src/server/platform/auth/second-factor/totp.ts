import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

/** RFC 6238 as every authenticator app understands it: SHA-1, 6 digits, 30-second steps. */
const TOTP_ISSUER = "KommMit";
const TOTP_PERIOD_SECONDS = 30;
/** One step either side: a phone clock a little off, or a code typed just as it changed. */
const TOTP_WINDOW = 1;

function buildTotp(secret: string, label = "KommMit"): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits, the size RFC 4226 recommends for SHA-1), base32 as apps expect it. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function buildOtpauthUri(secret: string, accountName: string): string {
  return buildTotp(secret, accountName).toString();
}

/** The URI as an SVG QR code in a data URL, so the page can show it without another request. */
export async function renderQrCodeDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}

/** The time step a valid code belongs to, or undefined; callers reject steps already used (replay). */
export function findTotpStep(secret: string, code: string, timestamp = Date.now()): number | undefined {
  const delta = buildTotp(secret).validate({ token: code, timestamp, window: TOTP_WINDOW });
  if (delta === null) return undefined;
  return TOTP.counter({ period: TOTP_PERIOD_SECONDS, timestamp }) + delta;
}

/** The code for a moment (tests, the demo:totp script). */
export function generateTotpCode(secret: string, timestamp = Date.now()): string {
  return buildTotp(secret).generate({ timestamp });
}

/** Seconds until the current code changes. */
export function secondsUntilNextTotpStep(timestamp = Date.now()): number {
  return Math.ceil(TOTP.remaining({ period: TOTP_PERIOD_SECONDS, timestamp }) / 1000);
}
