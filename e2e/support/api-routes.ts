import type { Page } from "playwright-core";
import type { TProblem } from "../../src/common/platform/problem.js";

/** Answers every request to the URL pattern with this problem (RFC 9457), as the API does on failure. */
export function answerWithProblem(page: Page, url: string, problem: TProblem) {
  return page.route(url, (route) =>
    route.fulfill({ status: problem.status, contentType: "application/problem+json", body: JSON.stringify(problem) }),
  );
}

/** Answers every request to the URL pattern with an empty JSON list. */
export function answerWithEmptyList(page: Page, url: string) {
  return page.route(url, (route) => route.fulfill({ status: 200, contentType: "application/json", body: "[]" }));
}

/** Lets every request to the URL pattern fail as if the connection dropped. */
export function abortRequests(page: Page, url: string) {
  return page.route(url, (route) => route.abort("connectionfailed"));
}
