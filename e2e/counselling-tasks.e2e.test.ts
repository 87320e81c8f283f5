import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { waitForPage } from "./support/browser.js";

/**
 * Tasks and appointments in the counselling file: a follow-up scheduled (a field error from the
 * shared schema first) that shows in "Meine Aufgaben" as overdue and is then marked done after a
 * confirmation, and an appointment planned (end before start refused first) with its .ics in UTC.
 */
let session: TArrivalSession;
let page: Page;

beforeAll(async () => {
  session = await openArrivalSession();
  page = session.page;
});

afterAll(async () => {
  expect(session.pageErrors).toEqual([]);
  await session?.browser.close();
});

function yesterdayInBerlin(): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(new Date());
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

describe("tasks and appointments", () => {
  test("schedules a follow-up that shows in Meine Aufgaben, plans an appointment and downloads its .ics", async () => {
    const id = await session.register({ givenName: "Olena", familyName: "Bondarenko", municipalityAgs: bramsche });
    await page.goto(`/app/counselling/persons/${id}`);
    const tasks = page.getByRole("region", { name: "Aufgaben und Wiedervorlagen" });
    await tasks.getByText("Noch keine Aufgaben oder Wiedervorlagen.").waitFor();
    await waitForPage(page);
    await expectNoAxeViolations(page);

    await tasks.getByRole("button", { name: "Aufgabe anlegen" }).click();
    const taskDialog = page.getByRole("dialog", { name: "Aufgabe anlegen" });
    await session.choose(taskDialog, "Art", "Wiedervorlage");
    await taskDialog.getByLabel("Fällig am").fill(yesterdayInBerlin());
    await taskDialog.getByRole("button", { name: "Aufgabe speichern" }).click();
    const title = taskDialog.getByRole("textbox", { name: "Was ist zu tun?" });
    await expect.poll(() => title.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await title.fill("Aufenthaltstitel prüfen");
    await taskDialog.getByRole("button", { name: "Aufgabe speichern" }).click();
    await taskDialog.waitFor({ state: "detached" });
    await tasks.getByText("Aufenthaltstitel prüfen").waitFor();
    expect(await tasks.textContent()).toContain("Überfällig");

    await page.goto("/app/counselling/tasks");
    const table = page.getByRole("table", { name: "Meine offenen Aufgaben" });
    const row = table.getByRole("row").filter({ hasText: "Aufenthaltstitel prüfen" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Überfällig");
    await waitForPage(page);
    await expectNoAxeViolations(page);
    await row.getByRole("link", { name: "Olena Bondarenko" }).click();
    await page.waitForURL(`**/app/counselling/persons/${id}`);

    await tasks.getByRole("button", { name: "Erledigt" }).click();
    const confirm = page.getByRole("dialog", { name: "Aufgabe erledigt?" });
    await confirm.getByText("„Aufenthaltstitel prüfen“ als erledigt markieren?").waitFor();
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: "Erledigt" }).click();
    await confirm.waitFor({ state: "detached" });
    await tasks.getByRole("list", { name: "Erledigt und abgebrochen" }).getByText("Aufenthaltstitel prüfen").waitFor();

    const appointments = page.getByRole("region", { name: "Termine" });
    await appointments.getByRole("button", { name: "Termin planen" }).click();
    const appointmentDialog = page.getByRole("dialog", { name: "Termin planen" });
    await appointmentDialog.getByRole("textbox", { name: "Titel" }).fill("Beratungsgespräch");
    await appointmentDialog.getByLabel("Datum").fill("2031-07-01");
    await appointmentDialog.getByLabel("Beginn").fill("10:00");
    await appointmentDialog.getByLabel("Ende").fill("09:00");
    await appointmentDialog.getByRole("button", { name: "Termin speichern" }).click();
    await appointmentDialog.getByText("Das Ende muss nach dem Beginn liegen.").waitFor();
    await expectNoAxeViolations(page);
    await appointmentDialog.getByLabel("Ende").fill("11:00");
    await appointmentDialog.getByRole("textbox", { name: "Ort, Telefonnummer oder Link" }).fill("Rathaus, Raum 12");
    await appointmentDialog.getByRole("button", { name: "Termin speichern" }).click();
    await appointmentDialog.waitFor({ state: "detached" });
    await appointments.getByText("Beratungsgespräch", { exact: false }).waitFor();
    expect(await appointments.textContent()).toContain("01.07.2031, 10:00");

    const download = appointments.getByRole("link", { name: ".ics herunterladen" });
    const href = await download.getAttribute("href");
    expect(href).toMatch(/^\/api\/appointments\/[0-9a-f-]+\/ics$/);
    const ics = await session.context.request.get(href ?? "");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = await ics.text();
    expect(text).toContain("DTSTART:20310701T080000Z");
    expect(text).toContain("DTEND:20310701T090000Z");
    expect(text).not.toContain("Bondarenko");
    await expectNoAxeViolations(page);
  });
});
