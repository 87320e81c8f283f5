import fs from "node:fs/promises";
import path from "node:path";
import type { APIRequestContext, Page } from "playwright-core";
import { expect, inject } from "vitest";
import { ZCurrentUser } from "../../src/common/platform/session-schemas.js";
import type { TE2eUser } from "./e2e-user.js";

/**
 * Takes a recovery code of an e2e user (the administrator unless told) that no other test process has taken: creating a file with
 * the "wx" flag succeeds for exactly one process, so no code is tried twice and no failure counts
 * towards the second-factor lockout.
 */
export async function claimRecoveryCode(user: TE2eUser = inject("e2eUser")): Promise<string> {
  const { recoveryCodes, claimDirectory } = user;
  const start = Math.floor(Math.random() * recoveryCodes.length);
  for (let offset = 0; offset < recoveryCodes.length; offset++) {
    const index = (start + offset) % recoveryCodes.length;
    try {
      await (await fs.open(path.join(claimDirectory, `code-${index}`), "wx")).close();
      const code = recoveryCodes[index];
      if (code) return code;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  throw new Error("the e2e user has no unclaimed recovery codes left; raise the count in e2e-user.ts");
}

/** Logs in through the API and, where the session waits for it, completes the second factor. */
export async function logInThroughApi(
  request: APIRequestContext,
  email: string,
  password: string,
  codeOwner: TE2eUser = inject("e2eUser"),
) {
  const response = await request.post("/api/sessions", { data: { email, password } });
  expect(response.status()).toBe(201);
  const user = ZCurrentUser.parse(await response.json());
  if (user.stage === "complete") return;
  expect(user.stage).toBe("second_factor_required");
  const verified = await request.post("/api/sessions/current/second-factor", {
    data: { recoveryCode: await claimRecoveryCode(codeOwner) },
  });
  expect(verified.status()).toBe(200);
}

const useRecoveryCodeLabels = { de: "Wiederherstellungscode verwenden", en: "Use a recovery code" } as const;

/** In the login page's second step: switches to a recovery code, types a claimed one, presses Enter. */
export async function finishLoginWithRecoveryCode(
  page: Page,
  language: "de" | "en" = "de",
  user: TE2eUser = inject("e2eUser"),
) {
  await page.getByRole("button", { name: useRecoveryCodeLabels[language] }).click();
  const input = page.locator("input[name=recoveryCode]");
  await input.fill(await claimRecoveryCode(user));
  await input.press("Enter");
}
