import type { FastifyBaseLogger } from "fastify";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { HttpProblem } from "../http/problems.js";
import { createMailer } from "./mailer.js";

const mail = { to: "a@b.test", subject: "Betreff", text: "Text mit Link", html: "<p>Text</p>" };

function recordingLogger() {
  const lines: { level: number; msg: string; mail?: { to: string } }[] = [];
  const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger: logger as unknown as FastifyBaseLogger, lines };
}

describe("mailer without an SMTP server", () => {
  it("writes mails to the log in embedded mode, warning once", async () => {
    const { logger, lines } = recordingLogger();
    const mailer = createMailer(
      { mail: { smtpUrl: undefined, from: "KommMit <k@x.test>" }, database: { kind: "embedded", dataDir: "/tmp" } },
      logger,
    );
    expect(mailer.mode).toBe("log");
    expect(() => mailer.assertAvailable()).not.toThrow();
    await mailer.send(mail);
    await mailer.send(mail);
    expect(lines.filter((line) => line.level === 40)).toHaveLength(1);
    const logged = lines.filter((line) => line.level === 30);
    expect(logged).toHaveLength(2);
    expect(logged[0]?.mail?.to).toBe("a@b.test");
  });

  it("refuses with 503 in server mode instead of dropping mails", async () => {
    const { logger } = recordingLogger();
    const mailer = createMailer(
      { mail: { smtpUrl: undefined, from: "KommMit <k@x.test>" }, database: { kind: "server", url: "postgres://x" } },
      logger,
    );
    expect(mailer.mode).toBe("unavailable");
    expect(() => mailer.assertAvailable()).toThrow(HttpProblem);
    await expect(mailer.send(mail)).rejects.toMatchObject({ statusCode: 503, key: "mailNotConfigured" });
  });
});
