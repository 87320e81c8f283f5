import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** WCAG 2.1 A and AA (what BITV 2.0 requires) plus axe's best practices. */
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

type TViolation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

function describeViolation(violation: TViolation): string {
  const nodes = violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`);
  return `${violation.id} (${violation.impact ?? "unknown"}): ${violation.help}\n${nodes.join("\n")}`;
}

/**
 * Dialogs and overlays fade in; checked half-way, their colours are blends and fail contrast. Waits
 * until they are fully shown and no transition runs (endless ones, like a loading pulse, aside).
 */
async function waitForTransitions(page: Page) {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((animation) => animation.effect?.getComputedTiming().iterations === Infinity) &&
      [...document.querySelectorAll("[role=dialog], .mantine-Modal-overlay")].every(
        (element) => getComputedStyle(element).opacity === "1",
      ),
  );
}

/**
 * Sandboxed frames (the page preview) run no script, so axe could never answer from inside them; what they show is
 * the portal page, which its own tests check.
 */
export async function expectNoAxeViolations(page: Page) {
  await waitForTransitions(page);
  const results = await new AxeBuilder({ page }).withTags(tags).exclude("iframe[sandbox]").analyze();
  expect(results.violations.map(describeViolation), `axe on ${page.url()}`).toEqual([]);
}
