import { SMTPServer } from "smtp-server";

/** A mail as the test SMTP server received it, decoded far enough to read it and follow its links. */
export type TReceivedMail = {
  envelopeFrom: string;
  envelopeTo: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
  raw: string;
};

export type TSmtpTestServer = {
  /** smtp://user:password@127.0.0.1:port, for KOMMMIT_SMTP_URL. */
  url: string;
  messages: TReceivedMail[];
  /** Resolves with the first mail (received or still to come) that matches; the test's timeout bounds the wait. */
  waitForMail(predicate: (mail: TReceivedMail) => boolean): Promise<TReceivedMail>;
  close(): Promise<void>;
};

type TPart = { headers: Map<string, string>; body: string };

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as nodemailer writes non-ASCII subjects. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) => {
      if (encoding.toUpperCase() === "B") return Buffer.from(text, "base64").toString("utf8");
      const bytes = text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) => `%${hex}`);
      return decodeURIComponent(bytes);
    });
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let index = 0; index < joined.length; index += 1) {
    const match = /^=([0-9A-Fa-f]{2})/.exec(joined.slice(index, index + 3));
    if (match?.[1]) {
      bytes.push(Number.parseInt(match[1], 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(joined[index] ?? "", "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function parsePart(raw: string): TPart {
  const separator = raw.search(/\r?\n\r?\n/);
  const head = separator === -1 ? raw : raw.slice(0, separator);
  const body = separator === -1 ? "" : raw.slice(separator).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function decodeBody(part: TPart): string {
  const encoding = part.headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  return part.body;
}

/** The text/plain and text/html leaves of a (possibly nested) multipart message. */
function collectLeaves(part: TPart, into: { text: string; html: string }) {
  const contentType = part.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (contentType.toLowerCase().startsWith("multipart/") && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1);
    for (const section of sections) {
      if (section.startsWith("--")) break;
      collectLeaves(parsePart(section.replace(/^\r?\n/, "")), into);
    }
    return;
  }
  if (contentType.toLowerCase().startsWith("text/html")) into.html = decodeBody(part);
  else if (contentType.toLowerCase().startsWith("text/plain")) into.text = decodeBody(part);
}

export function parseMail(raw: string, envelopeFrom: string, envelopeTo: string[]): TReceivedMail {
  const message = parsePart(raw);
  const leaves = { text: "", html: "" };
  collectLeaves(message, leaves);
  return {
    envelopeFrom,
    envelopeTo,
    headers: message.headers,
    subject: decodeEncodedWords(message.headers.get("subject") ?? ""),
    text: leaves.text,
    html: leaves.html,
    raw,
  };
}

/** Every http(s) link in a mail's plain text. */
export function extractLinks(mail: TReceivedMail): string[] {
  return [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((match) => match[0]);
}

/**
 * A real SMTP server on a random loopback port that keeps what it receives, so tests send mail
 * through the same nodemailer transport as production. Accepts any credentials without TLS.
 */
export async function startSmtpTestServer(
  onMail: (mail: TReceivedMail) => void = () => undefined,
): Promise<TSmtpTestServer> {
  const messages: TReceivedMail[] = [];
  const waiters: { predicate: (mail: TReceivedMail) => boolean; resolve: (mail: TReceivedMail) => void }[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: true,
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "test" });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const envelopeFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        const mail = parseMail(Buffer.concat(chunks).toString("utf8"), envelopeFrom, envelopeTo);
        messages.push(mail);
        onMail(mail);
        for (const waiter of waiters.filter((candidate) => candidate.predicate(mail))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(mail);
        }
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    url: `smtp://kommmit:test-password@127.0.0.1:${port}`,
    messages,
    waitForMail(predicate) {
      const found = messages.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve) => waiters.push({ predicate, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
