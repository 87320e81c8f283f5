import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("defaults to the embedded database in ./data on port 3000", () => {
    const config = loadConfig({}, "/srv/kommmit");
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "embedded", dataDir: path.resolve("/srv/kommmit", "data") });
    expect(config.demoData).toBe("auto");
    expect(config.isJobsEnabled).toBe(true);
  });

  it("uses a PostgreSQL server when DATABASE_URL is set", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://kommmit@db.internal:5432/kommmit", PORT: "8080" });
    expect(config.database).toEqual({ kind: "server", url: "postgres://kommmit@db.internal:5432/kommmit" });
    expect(config.port).toBe(8080);
  });

  it("honours KOMMMIT_DATA_DIR relative to the working directory", () => {
    const config = loadConfig({ KOMMMIT_DATA_DIR: "var/db" }, "/srv/kommmit");
    expect(config.database).toEqual({ kind: "embedded", dataDir: "/srv/kommmit/var/db" });
  });

  it("lists every problem at once, readable, without revealing secrets", () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: "eighty",
        DATABASE_URL: "mysql://root:secret@localhost/x",
        LOG_LEVEL: "loud",
        KOMMMIT_JOBS: "maybe",
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const configError = error as ConfigError;
    expect(configError.problems.map((problem) => problem.split(":")[0]).sort()).toEqual([
      "DATABASE_URL",
      "KOMMMIT_JOBS",
      "LOG_LEVEL",
      "PORT",
    ]);
    expect(configError.message).toContain("configuration has 4 problem(s)");
    expect(configError.message).toContain('PORT: Invalid input: expected number, received NaN (got "eighty")');
    expect(configError.message).not.toContain("secret");
  });

  it("refuses to send mails from a server others can reach without a public address for the links", () => {
    const mailing = { KOMMMIT_SMTP_URL: "smtp://mail.example.org:587" };
    expect(() => loadConfig({ ...mailing, HOST: "0.0.0.0" })).toThrow(
      /KOMMMIT_PUBLIC_URL: required when mails are sent/,
    );
    expect(
      loadConfig({ ...mailing, HOST: "0.0.0.0", KOMMMIT_PUBLIC_URL: "https://kommmit.example.org" }).publicUrl,
    ).toBe("https://kommmit.example.org");
    expect(loadConfig({ ...mailing, HOST: "127.0.0.1" }).mail.smtpUrl).toBe(mailing.KOMMMIT_SMTP_URL);
    expect(loadConfig({ HOST: "0.0.0.0" }).publicUrl).toBeUndefined();
  });

  it("refuses referrals that would expire before their provider is ever reminded", () => {
    expect(loadConfig({}).referrals).toEqual({ remindAfterDays: 5, expireAfterDays: 21 });
    expect(() => loadConfig({ KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS: "5" })).toThrow(
      /KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS: must be greater than KOMMMIT_REFERRAL_REMIND_AFTER_DAYS \(5\)/,
    );
    expect(
      loadConfig({ KOMMMIT_REFERRAL_REMIND_AFTER_DAYS: "2", KOMMMIT_REFERRAL_EXPIRE_AFTER_DAYS: "3" }).referrals,
    ).toEqual({ remindAfterDays: 2, expireAfterDays: 3 });
  });

  it("ignores unrelated environment variables and treats empty values as unset", () => {
    const config = loadConfig({ PATH: "/usr/bin", PORT: "", HOME: "/root" });
    expect(config.port).toBe(3000);
  });
});
