import { eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "../../../common/arrival/person-input-schemas.js";
import { loadConfig } from "../../platform/config/config.js";
import { buildOrganisation, buildPerson, buildUser } from "../../testing/factories.js";
import { signInAs } from "../../testing/sessions.js";
import { extractLinks, startSmtpTestServer, type TSmtpTestServer } from "../../testing/smtp-test-server.js";
import { createTestApp, type TTestApp } from "../../testing/test-app.js";
import { taskDigestJob } from "./task-digest-job.js";
import { taskDigestDeliveries } from "./task-tables.js";

let t: TTestApp;
let smtp: TSmtpTestServer;
const logger = pino({ level: "silent" });

function shiftDays(days: number): string {
  const [year, month, day] = todayInBerlin().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({ env: { KOMMMIT_SMTP_URL: smtp.url, KOMMMIT_PUBLIC_URL: "https://kommmit.example" } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** A caseworker of the district with the given tasks on one person. */
async function caseworkerWithTasks(tasks: { title: string; dueOn: string; remindOn?: string }[]) {
  const organisation = await buildOrganisation(t.database.db);
  const { user } = await buildUser(t.database.db, { role: "caseworker", organisation });
  const cookies = await signInAs(t.database.db, user.id);
  const person = await buildPerson(t.database.db, { familyName: "Haddad" });
  for (const task of tasks) {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/persons/${person.id}/tasks`,
      cookies,
      payload: task,
    });
    expect(response.statusCode).toBe(201);
  }
  return user;
}

function runDigest(config = t.config) {
  return taskDigestJob.run({}, { database: t.database, logger, config });
}

describe("the daily task digest", () => {
  it("mails each caseworker one digest a day, counts and a link only, however often it runs", async () => {
    const busy = await caseworkerWithTasks([
      { title: "Jobcenter-Termin für Frau Haddad", dueOn: shiftDays(-3) },
      { title: "Kita anfragen", dueOn: shiftDays(0) },
      { title: "Wiedervorlage", dueOn: shiftDays(7), remindOn: shiftDays(0) },
      { title: "Noch Zeit", dueOn: shiftDays(7), remindOn: shiftDays(5) },
    ]);
    const idle = await caseworkerWithTasks([{ title: "Später", dueOn: shiftDays(14) }]);

    await Promise.all([runDigest(), runDigest()]);
    await runDigest();

    const mails = smtp.messages.filter((mail) => mail.envelopeTo.includes(busy.email));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail?.subject).toBe("KommMit: Ihre Aufgaben für heute");
    expect(mail?.text).toContain("überfällig: 1. Heute fällig: 1. Mit Erinnerung für heute: 1.");
    expect(mail && extractLinks(mail)).toEqual(["https://kommmit.example/app/counselling/tasks"]);
    expect(mail?.text).not.toContain("Haddad");
    expect(mail?.text).not.toContain("Kita");
    expect(smtp.messages.some((message) => message.envelopeTo.includes(idle.email))).toBe(false);

    const deliveries = await t.database.db
      .select()
      .from(taskDigestDeliveries)
      .where(eq(taskDigestDeliveries.userId, busy.id));
    expect(deliveries.map((delivery) => delivery.day)).toEqual([todayInBerlin()]);
  });

  it("records nothing when the mail cannot go out, so the retry sends it", async () => {
    const user = await caseworkerWithTasks([{ title: "Überfällig", dueOn: shiftDays(-1) }]);
    const unreachable = loadConfig({ LOG_LEVEL: "silent", KOMMMIT_SMTP_URL: "smtp://127.0.0.1:1" });
    await expect(runDigest(unreachable)).rejects.toThrow("task digests not sent");
    const recorded = await t.database.db
      .select()
      .from(taskDigestDeliveries)
      .where(eq(taskDigestDeliveries.userId, user.id));
    expect(recorded).toEqual([]);
    await runDigest();
    await smtp.waitForMail((mail) => mail.envelopeTo.includes(user.email));
  });

  it("skips without a mail server configured", async () => {
    const user = await caseworkerWithTasks([{ title: "Überfällig", dueOn: shiftDays(-1) }]);
    await runDigest(loadConfig({ LOG_LEVEL: "silent" }));
    const recorded = await t.database.db
      .select()
      .from(taskDigestDeliveries)
      .where(eq(taskDigestDeliveries.userId, user.id));
    expect(recorded).toEqual([]);
  });
});
