import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { TConfig } from "../config/config.js";
import { HttpProblem } from "../http/problems.js";

export type TMail = { to: string; subject: string; text: string; html: string };

/**
 * Sends mail. smtp: through the configured server; log: no server configured in embedded mode,
 * so mails land in the log for trying KommMit out; unavailable: server mode without a mail
 * server, where features that mail answer 503 instead of dropping mails silently.
 */
export type TMailer = {
  mode: "smtp" | "log" | "unavailable";
  /** Throws the 503 before anything is changed, when no mail could go out. */
  assertAvailable(): void;
  send(mail: TMail): Promise<void>;
  close(): void;
};

export function createMailer(config: Pick<TConfig, "mail" | "database">, logger: FastifyBaseLogger): TMailer {
  const { smtpUrl, from } = config.mail;
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpUrl);
    return {
      mode: "smtp",
      assertAvailable: () => undefined,
      async send(mail) {
        // base64 keeps long links in one piece (quoted-printable would break them with soft line breaks).
        await transport.sendMail({ from, ...mail, textEncoding: "base64" });
      },
      close: () => transport.close(),
    };
  }
  if (config.database.kind === "server") {
    return {
      mode: "unavailable",
      assertAvailable() {
        throw new HttpProblem(503, "mailNotConfigured");
      },
      async send() {
        throw new HttpProblem(503, "mailNotConfigured");
      },
      close: () => undefined,
    };
  }
  let hasWarned = false;
  return {
    mode: "log",
    assertAvailable: () => undefined,
    async send(mail) {
      if (!hasWarned) {
        hasWarned = true;
        logger.warn("KOMMMIT_SMTP_URL is not set: mails are written to this log instead of being sent");
      }
      logger.info({ mail: { to: mail.to, subject: mail.subject, text: mail.text } }, "mail not sent (logged only)");
    },
    close: () => undefined,
  };
}
