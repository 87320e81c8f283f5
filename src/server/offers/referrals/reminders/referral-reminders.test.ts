import { and, eq } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInBerlin } from "../../../../common/arrival/person-input-schemas.js";
import { persons } from "../../../arrival/arrival-tables.js";
import { auditEvents } from "../../../platform/audit/audit-tables.js";
import { memberships, users } from "../../../platform/auth/auth-tables.js";
import { loadConfig } from "../../../platform/config/config.js";
import { buildMember } from "../../../testing/people-factories.js";
import {
  extractLinks,
  startSmtpTestServer,
  type TReceivedMail,
  type TSmtpTestServer,
} from "../../../testing/smtp-test-server.js";
import { createTestApp, type TTestApp } from "../../../testing/test-app.js";
import { referralEvents, referralReminderDeliveries, referrals } from "../referral-tables.js";
import {
  buildReferralWorld,
  call,
  consentingPerson,
  offerOf,
  referralTo,
  type TReferralWorld,
} from "../referral-test-setup.js";
import { referralRemindersJob, runReferralReminders } from "./referral-reminders-job.js";

let t: TTestApp;
let smtp: TSmtpTestServer;
let world: TReferralWorld;
const logger = pino({ level: "silent" });
const waitingSubject = "KommMit: Eine Vermittlung wartet auf Ihre Antwort";
const expiredSubject = "KommMit: Eine Vermittlung ist ohne Antwort abgelaufen";

function shiftDays(days: number): string {
  const [year, month, day] = todayInBerlin().split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

beforeAll(async () => {
  smtp = await startSmtpTestServer();
  t = await createTestApp({ env: { KOMMMIT_SMTP_URL: smtp.url, KOMMMIT_PUBLIC_URL: "https://kommmit.example" } });
  world = await buildReferralWorld(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

/** A referral from the Bramsche caseworker to an offer of the provider, sent the given days ago. */
async function referralSent(daysAgo: number) {
  const { personId } = await consentingPerson(t, world, [world.provider.id]);
  const offer = await offerOf(t, world.provider.id, 3);
  const sent = await call(
    t,
    "POST",
    `/api/persons/${personId}/referrals`,
    world.bramsche.cookies,
    referralTo(offer.id),
  );
  expect(sent.statusCode).toBe(201);
  const { id } = sent.json() as { id: string };
  await t.database.db
    .update(referrals)
    .set({ sentAt: new Date(`${shiftDays(-daysAgo)}T10:00:00Z`) })
    .where(eq(referrals.id, id));
  const [person] = await t.database.db.select().from(persons).where(eq(persons.id, personId));
  return { id, familyName: person?.familyName ?? "" };
}

function accept(referralId: string) {
  return call(t, "POST", `/api/referrals/${referralId}/response`, world.provider.cookies, {
    transition: "accept",
    version: 1,
  });
}

function mailsTo(email: string, subject: string): TReceivedMail[] {
  return smtp.messages.filter((mail) => mail.envelopeTo.includes(email) && mail.subject === subject);
}

async function emailsOfStaff(organisationId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.isActive, true)));
  return rows.map((row) => row.email);
}

async function emailOf(userId: string): Promise<string> {
  const [user] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.id, userId));
  return user?.email ?? "";
}

function deliveriesOf(referralId: string) {
  return t.database.db
    .select({ kind: referralReminderDeliveries.kind, day: referralReminderDeliveries.day })
    .from(referralReminderDeliveries)
    .where(eq(referralReminderDeliveries.referralId, referralId));
}

function runOn(day: string, config = t.config) {
  return runReferralReminders({ db: t.database.db, logger, config, day });
}

describe("reminders for referrals waiting for the provider", () => {
  it("mails the provider's active staff once a day per referral, naming the offer and days but no person", async () => {
    await buildMember(t.database.db, { organisationId: world.provider.id, role: "provider_admin" });
    const inactive = await buildMember(t.database.db, {
      organisationId: world.provider.id,
      role: "provider_staff",
      isActive: false,
    });
    const staff = await emailsOfStaff(world.provider.id);
    expect(staff).toHaveLength(2);
    const otherStaff = await emailsOfStaff(world.otherProvider.id);
    const waiting = await referralSent(6);
    const recent = await referralSent(4);
    const answered = await referralSent(6);
    expect((await accept(answered.id)).statusCode).toBe(200);

    const [first, concurrent] = await Promise.all([runOn(todayInBerlin()), runOn(todayInBerlin())]);
    expect((first?.referralsReminded ?? 0) + (concurrent?.referralsReminded ?? 0)).toBe(1);
    expect((await runOn(todayInBerlin())).referralsReminded).toBe(0);

    for (const email of staff) {
      const mails = mailsTo(email, waitingSubject);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail?.text).toContain(
        "Eine Vermittlung zum Angebot „Integrationskurs am Vormittag“ wartet seit 6 Tagen auf die Antwort Ihrer Einrichtung.",
      );
      expect(mail?.text).toContain("ohne Antwort läuft sie in 15 Tagen ab");
      expect(mail && extractLinks(mail)).toEqual(["https://kommmit.example/app/referrals/inbox"]);
      expect(mail?.text).not.toContain(waiting.familyName);
      expect(mail?.html).not.toContain(waiting.familyName);
      expect(mail?.text).not.toContain("Anmeldung zum Integrationskurs");
    }
    expect(smtp.messages.some((mail) => mail.envelopeTo.includes(inactive.email))).toBe(false);
    expect(smtp.messages.some((mail) => otherStaff.some((email) => mail.envelopeTo.includes(email)))).toBe(false);
    expect(await deliveriesOf(waiting.id)).toEqual([{ kind: "waiting", day: todayInBerlin() }]);
    expect(await deliveriesOf(recent.id)).toEqual([]);
    expect(await deliveriesOf(answered.id)).toEqual([]);

    expect((await runOn(shiftDays(1))).referralsReminded).toBe(2);
    const [staffEmail] = staff;
    const tomorrow = mailsTo(staffEmail ?? "", waitingSubject).map((mail) => mail.text);
    expect(tomorrow.filter((text) => text.includes("seit 7 Tagen"))).toHaveLength(1);
    expect(tomorrow.filter((text) => text.includes("seit 5 Tagen"))).toHaveLength(1);
  });

  it("records nothing when the mail cannot go out, so the retry sends it", async () => {
    const waiting = await referralSent(8);
    const unreachable = loadConfig({ LOG_LEVEL: "silent", KOMMMIT_SMTP_URL: "smtp://127.0.0.1:1" });
    await expect(runOn(todayInBerlin(), unreachable)).rejects.toThrow("referral reminders not sent");
    expect(await deliveriesOf(waiting.id)).toEqual([]);
    await runOn(todayInBerlin());
    await smtp.waitForMail((mail) => mail.subject === waitingSubject && mail.text.includes("seit 8 Tagen"));
    expect(await deliveriesOf(waiting.id)).toEqual([{ kind: "waiting", day: todayInBerlin() }]);
  });
});

describe("expiry of referrals nobody answered", () => {
  it("expires them through the state machine, audited, and tells the sender once", async () => {
    const unanswered = await referralSent(22);
    const answered = await referralSent(22);
    expect((await accept(answered.id)).statusCode).toBe(200);
    const sender = await emailOf(world.bramsche.userId);

    await referralRemindersJob.run({}, { database: t.database, logger, config: t.config });
    await referralRemindersJob.run({}, { database: t.database, logger, config: t.config });

    const [expired] = await t.database.db.select().from(referrals).where(eq(referrals.id, unanswered.id));
    expect(expired).toMatchObject({ status: "expired", version: 2 });
    const events = await t.database.db
      .select({ from: referralEvents.fromStatus, to: referralEvents.toStatus, by: referralEvents.byUserId })
      .from(referralEvents)
      .where(eq(referralEvents.referralId, unanswered.id));
    expect(events).toContainEqual({ from: "sent", to: "expired", by: null });
    const audited = await t.database.db
      .select({ actorUserId: auditEvents.actorUserId, detail: auditEvents.detail })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "referral.expire"), eq(auditEvents.subjectId, unanswered.id)));
    expect(audited).toEqual([{ actorUserId: null, detail: { from: "sent", to: "expired" } }]);
    const [untouched] = await t.database.db.select().from(referrals).where(eq(referrals.id, answered.id));
    expect(untouched).toMatchObject({ status: "accepted", version: 2 });

    const notices = mailsTo(sender, expiredSubject);
    expect(notices).toHaveLength(1);
    const [notice] = notices;
    expect(notice?.text).toContain("„Integrationskurs am Vormittag“");
    expect(notice?.text).toContain("ist nach 22 Tagen ohne Antwort des Trägers abgelaufen");
    expect(notice && extractLinks(notice)).toEqual(["https://kommmit.example/app/referrals/sent"]);
    expect(notice?.text).not.toContain(unanswered.familyName);
    expect(notice?.html).not.toContain(unanswered.familyName);
    expect(await deliveriesOf(unanswered.id)).toEqual([{ kind: "expired", day: todayInBerlin() }]);
    expect(await deliveriesOf(answered.id)).toEqual([]);
  });

  it("expires without a mail server too, and the sender is told once one is configured", async () => {
    const unanswered = await referralSent(30);
    const withoutMail = loadConfig({ LOG_LEVEL: "silent" });
    expect(await runOn(todayInBerlin(), withoutMail)).toEqual({ expired: 1, sendersNotified: 0, referralsReminded: 0 });
    const [expired] = await t.database.db.select().from(referrals).where(eq(referrals.id, unanswered.id));
    expect(expired?.status).toBe("expired");
    expect(await deliveriesOf(unanswered.id)).toEqual([]);
    expect((await runOn(todayInBerlin())).sendersNotified).toBe(1);
    await smtp.waitForMail((mail) => mail.subject === expiredSubject && mail.text.includes("nach 30 Tagen"));
  });
});
