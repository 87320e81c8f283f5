import path from "node:path";
import { z } from "zod";
import { defaultPortalMediaMaxBytes } from "../../../common/portal/media-schemas.js";
import { type TOidcProviderConfig, ZOidcProviders } from "./oidc-providers-config.js";

const ZBooleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => ["true", "1", "yes"].includes(v));

const ZPostgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\/.+/.test(value), "must be a postgres:// or postgresql:// URL");

/** Every environment variable KommMit reads. README.md documents each one; keep both in step. */
export const ZEnvironment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: ZPostgresUrl.optional(),
  KOMMMIT_DATA_DIR: z.string().min(1).default("./data"),
  KOMMMIT_DEMO_DATA: z.enum(["auto", "on", "off"]).default("auto"),
  KOMMMIT_DEMO_PERSONS: z.coerce.number().int().min(0).max(10_000_000).default(2000),
  KOMMMIT_PUBLIC_URL: z.url().optional(),
  KOMMMIT_JOBS: ZBooleanFlag.default(true),
  KOMMMIT_DB_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(10),
  KOMMMIT_METRICS_TOKEN: z.string().min(16).optional(),
  KOMMMIT_LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  KOMMMIT_LOCKOUT_THRESHOLD: z.coerce.number().int().min(1).max(100).default(5),
  KOMMMIT_LOCKOUT_ADDRESS_THRESHOLD: z.coerce.number().int().min(1).max(10_000).default(50),
  KOMMMIT_OIDC_PROVIDERS: ZOidcProviders.default([]),
  KOMMMIT_API_TOKEN_FAILURE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(20),
  KOMMMIT_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  KOMMMIT_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(30),
  KOMMMIT_PORTAL_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  KOMMMIT_FIRST_CONTACT_TARGET_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  KOMMMIT_REFERRAL_REMIND_AFTER_DAYS: z.coerce.number().int().min(1).max(365).default(5),
  KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS: z.coerce.number().int().min(2).max(366).default(21),
  KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS: z.coerce.number().int().min(0).max(600).default(3),
  KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  KOMMMIT_SELF_REGISTRATION_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  KOMMMIT_FORM_SECRET: z.string().min(32).optional(),
  KOMMMIT_SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  KOMMMIT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(1024 * 1024),
  KOMMMIT_PORTAL_MEDIA_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(defaultPortalMediaMaxBytes),
  KOMMMIT_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(30_000),
  KOMMMIT_TRUST_PROXY: ZBooleanFlag.default(false),
  KOMMMIT_SMTP_URL: z
    .string()
    .refine((value) => /^smtps?:\/\/.+/.test(value), "must be an smtp:// or smtps:// URL")
    .optional(),
  KOMMMIT_MAIL_FROM: z.string().min(3).max(320).default("KommMit <kommmit@localhost>"),
  KOMMMIT_EVENT_IMPORT_ALLOW_PRIVATE_HOSTS: ZBooleanFlag.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type TEnvironment = z.infer<typeof ZEnvironment>;

export type TConfig = {
  port: number;
  host: string;
  database: { kind: "server"; url: string } | { kind: "embedded"; dataDir: string };
  demoData: "auto" | "on" | "off";
  demoPersons: number;
  publicUrl: string | undefined;
  isJobsEnabled: boolean;
  poolSize: number;
  metricsToken: string | undefined;
  session: { idleMinutes: number; absoluteHours: number };
  /** How long a session lookup is reused in the process (0: every request asks the database). */
  sessionCacheSeconds: number;
  /** How long a rendered public portal page is reused in the process (0: every request renders it). */
  portalCacheSeconds: number;
  /** Days within which a newcomer should have had a first contact (the worklist marks the rest overdue). */
  firstContactTargetDays: number;
  loginAttemptsPerMinute: number;
  /**
   * The public self-registration's abuse limits: the least time between rendering the form and
   * sending it, registrations per client address and hour (all instances), requests per minute and
   * address (per instance), and the key that signs form tokens and hashes client addresses.
   */
  selfRegistration: {
    minFillSeconds: number;
    hourlyLimit: number;
    requestsPerMinute: number;
    formSecret: string | undefined;
  };
  /** Failed attempts before a key locks: per e-mail address and per user's second factor, per client address. */
  lockout: { threshold: number; addressThreshold: number };
  oidcProviders: TOidcProviderConfig[];
  /** Failed bearer-token attempts per client address before that address is locked (progressively). */
  apiTokenFailuresBeforeLockout: number;
  bodyLimitBytes: number;
  /** The largest image or document an editor may upload for portal pages. */
  portalMediaMaxBytes: number;
  shutdownTimeoutMs: number;
  isBehindProxy: boolean;
  /** Days a sent referral waits for the provider's answer before daily reminders, and before it expires. */
  referrals: { remindAfterDays: number; expireAfterDays: number };
  /** smtpUrl undefined: mails go to the log (embedded mode) or mail features answer 503 (server mode). */
  mail: { smtpUrl: string | undefined; from: string };
  /** The event import fetches calendars only from public addresses unless private ones are allowed (tests, intranets). */
  eventImport: { allowPrivateHosts: boolean };
  logLevel: TEnvironment["LOG_LEVEL"];
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `KommMit cannot start, the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Hosts only this machine can reach: there, the request's own address is a safe start for mailed links. */
function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Reads only the variables we know, so an unrelated environment never fails validation. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): TConfig {
  const known = Object.fromEntries(
    Object.keys(ZEnvironment.shape)
      .filter((key) => env[key] !== undefined && env[key] !== "")
      .map((key) => [key, env[key]]),
  );
  const parsed = ZEnvironment.safeParse(known);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const key = issue.path.join(".");
        const name = String(issue.path[0]);
        const isSecret =
          name.includes("TOKEN") ||
          name === "DATABASE_URL" ||
          name === "KOMMMIT_SMTP_URL" ||
          name === "KOMMMIT_FORM_SECRET" ||
          name === "KOMMMIT_OIDC_PROVIDERS";
        const value = isSecret ? "(hidden)" : JSON.stringify(known[key]);
        return `${key}: ${issue.message} (got ${value})`;
      }),
    );
  }
  const e = parsed.data;
  if (e.KOMMMIT_SMTP_URL !== undefined && e.KOMMMIT_PUBLIC_URL === undefined && !isLoopbackHost(e.HOST)) {
    throw new ConfigError([
      `KOMMMIT_PUBLIC_URL: required when mails are sent (KOMMMIT_SMTP_URL) and HOST ${JSON.stringify(e.HOST)} is reachable from other machines — mailed links would otherwise take their address from the request's Host header, which a sender can forge`,
    ]);
  }
  if (e.KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS <= e.KOMMMIT_REFERRAL_REMIND_AFTER_DAYS) {
    throw new ConfigError([
      `KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS: must be greater than KOMMMIT_REFERRAL_REMIND_AFTER_DAYS (${e.KOMMMIT_REFERRAL_REMIND_AFTER_DAYS}), or a referral would expire before its provider is ever reminded (got ${e.KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS})`,
    ]);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: "server", url: e.DATABASE_URL }
      : { kind: "embedded", dataDir: path.resolve(cwd, e.KOMMMIT_DATA_DIR) },
    demoData: e.KOMMMIT_DEMO_DATA,
    demoPersons: e.KOMMMIT_DEMO_PERSONS,
    publicUrl: e.KOMMMIT_PUBLIC_URL,
    isJobsEnabled: e.KOMMMIT_JOBS,
    poolSize: e.KOMMMIT_DB_POOL_SIZE,
    metricsToken: e.KOMMMIT_METRICS_TOKEN,
    session: { idleMinutes: e.KOMMMIT_SESSION_IDLE_MINUTES, absoluteHours: e.KOMMMIT_SESSION_ABSOLUTE_HOURS },
    sessionCacheSeconds: e.KOMMMIT_SESSION_CACHE_SECONDS,
    portalCacheSeconds: e.KOMMMIT_PORTAL_CACHE_SECONDS,
    firstContactTargetDays: e.KOMMMIT_FIRST_CONTACT_TARGET_DAYS,
    loginAttemptsPerMinute: e.KOMMMIT_LOGIN_RATE_LIMIT,
    selfRegistration: {
      minFillSeconds: e.KOMMMIT_SELF_REGISTRATION_MIN_FILL_SECONDS,
      hourlyLimit: e.KOMMMIT_SELF_REGISTRATION_HOURLY_LIMIT,
      requestsPerMinute: e.KOMMMIT_SELF_REGISTRATION_RATE_LIMIT,
      formSecret: e.KOMMMIT_FORM_SECRET,
    },
    lockout: { threshold: e.KOMMMIT_LOCKOUT_THRESHOLD, addressThreshold: e.KOMMMIT_LOCKOUT_ADDRESS_THRESHOLD },
    oidcProviders: e.KOMMMIT_OIDC_PROVIDERS,
    apiTokenFailuresBeforeLockout: e.KOMMMIT_API_TOKEN_FAILURE_LIMIT,
    bodyLimitBytes: e.KOMMMIT_BODY_LIMIT_BYTES,
    portalMediaMaxBytes: e.KOMMMIT_PORTAL_MEDIA_MAX_BYTES,
    shutdownTimeoutMs: e.KOMMMIT_SHUTDOWN_TIMEOUT_MS,
    isBehindProxy: e.KOMMMIT_TRUST_PROXY,
    referrals: {
      remindAfterDays: e.KOMMMIT_REFERRAL_REMIND_AFTER_DAYS,
      expireAfterDays: e.KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS,
    },
    mail: { smtpUrl: e.KOMMMIT_SMTP_URL, from: e.KOMMMIT_MAIL_FROM },
    eventImport: { allowPrivateHosts: e.KOMMMIT_EVENT_IMPORT_ALLOW_PRIVATE_HOSTS },
    logLevel: e.LOG_LEVEL,
  };
}
