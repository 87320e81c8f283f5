import fs from "node:fs/promises";
import path from "node:path";
import { expect, inject } from "vitest";
import type { TReceivedMail } from "../../src/server/testing/smtp-test-server.js";

/** A received mail as global-setup.ts writes it to the run's mail folder (one JSON file per mail). */
export type TStoredMail = Pick<TReceivedMail, "envelopeTo" | "subject" | "text">;

/** global-setup's SMTP server runs in the main process; test files read what it received from disk. */
export async function storeMail(folder: string, mail: TReceivedMail) {
  const stored: TStoredMail = { envelopeTo: mail.envelopeTo, subject: mail.subject, text: mail.text };
  const name = `${Date.now()}-${Math.random().toString(36).slice(2)}.json`;
  await fs.writeFile(path.join(folder, `${name}.tmp`), JSON.stringify(stored));
  await fs.rename(path.join(folder, `${name}.tmp`), path.join(folder, name));
}

export async function readMails(): Promise<TStoredMail[]> {
  const folder = inject("e2eMailDir");
  const names = (await fs.readdir(folder)).filter((name) => name.endsWith(".json")).sort();
  return Promise.all(names.map(async (name) => JSON.parse(await fs.readFile(path.join(folder, name), "utf8"))));
}

/** Waits for the count-th mail to the address (1 = the first) whose subject contains the text, and returns it. */
export async function waitForMailTo(address: string, subject = "", count = 1): Promise<TStoredMail> {
  const toAddress = async () =>
    (await readMails()).filter((mail) => mail.envelopeTo.includes(address) && mail.subject.includes(subject));
  await expect.poll(async () => (await toAddress()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
  const mail = (await toAddress())[count - 1];
  if (!mail) throw new Error(`no mail to ${address}`);
  return mail;
}

/** The path (from /app/ on) of the first link in the mail that contains the part. */
export function findLinkPath(mail: TStoredMail, part: string): string {
  const link = [...mail.text.matchAll(/https?:\/\/[^\s<>"]+/g)]
    .map((match) => match[0])
    .find((url) => url.includes(part));
  if (!link) throw new Error(`no link with ${part} in "${mail.subject}"`);
  return new URL(link).pathname;
}
