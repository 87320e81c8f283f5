import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { extractPdfText } from "../src/server/testing/extract-pdf-text.js";
import { bramsche, openArrivalSession, type TArrivalSession } from "./support/arrival-session.js";
import { expectNoAxeViolations } from "./support/axe.js";
import { logIn, openContext, waitForPage } from "./support/browser.js";

/** The documents of a person's file: the welcome letter and the consent form, downloaded as PDFs. */
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

async function download(name: string, on: Page = page) {
  const [file] = await Promise.all([on.waitForEvent("download"), on.getByRole("link", { name }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe("documents in the person file", () => {
  test("downloads the welcome letter in the person's Arabic and the consent form in English", async () => {
    const id = await session.register({
      givenName: "Amal",
      familyName: "Haddad",
      municipalityAgs: bramsche,
      birthYear: 1991,
      preferredLanguage: "ar",
    });
    await page.goto(`/app/arrival/persons/${id}`);
    await page.getByRole("heading", { level: 1, name: "Amal Haddad" }).waitFor();
    const documents = page.getByRole("region", { name: "Dokumente" });
    await documents.waitFor();
    await waitForPage(page);
    expect(await documents.getByRole("textbox", { name: "Sprache der Dokumente" }).inputValue()).toBe(
      "العربية – Arabisch",
    );
    await expectNoAxeViolations(page);

    const letter = await download("Willkommensbrief herunterladen (PDF)");
    expect(letter.name).toBe("welcome-letter-ar.pdf");
    expect(letter.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(letter.bytes.toString("latin1")).toContain("NotoSansArabic");

    await session.choose(documents, "Sprache der Dokumente", "English – Englisch");
    const form = await download("Einwilligungsformular herunterladen (PDF)");
    expect(form.name).toBe("consent-form-en.pdf");
    expect(form.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });
});

describe("contact points", () => {
  test("an administrator enters the municipality's contact point, and the welcome letter prints it", async () => {
    const administration = await openContext(session.browser, "de");
    await logIn(administration);
    const name = `Stadt Bramsche ${Date.now()}`;
    const created = await administration.request.post("/api/organisations", {
      data: { kind: "municipal_unit", name, municipalUnitKey: bramsche },
    });
    expect(created.status()).toBe(201);
    const admin = await administration.newPage();
    await admin.goto("/app/administration/organisations");
    await waitForPage(admin);
    await admin.getByRole("searchbox", { name: "Nach Name suchen" }).fill(name);
    await admin.getByRole("button", { name: `Kontaktstelle von ${name} bearbeiten` }).click();
    const dialog = admin.getByRole("dialog", { name: `Kontaktstelle: ${name}` });
    await dialog.getByLabel("Stelle (z. B. Bürgerbüro)").fill("Bürgerbüro am Markt");
    await dialog.getByLabel("Telefon").fill("nicht erreichbar");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await expect.poll(() => dialog.getByLabel("Telefon").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(admin);
    await dialog.getByLabel("Telefon").fill("05461 000-321");
    await dialog.getByRole("button", { name: "Speichern" }).click();
    await dialog.waitFor({ state: "hidden" });
    await administration.close();

    const id = await session.register({ givenName: "Yusuf", familyName: "Demir", municipalityAgs: bramsche });
    await page.goto(`/app/arrival/persons/${id}`);
    await page.getByRole("heading", { level: 1, name: "Yusuf Demir" }).waitFor();
    const letter = await download("Willkommensbrief herunterladen (PDF)");
    expect(letter.name).toBe("welcome-letter-de.pdf");
    const text = (await extractPdfText(letter.bytes)).join(" ");
    expect(text).toContain("Bürgerbüro am Markt");
    expect(text).toContain("05461 000-321");
  });
});
