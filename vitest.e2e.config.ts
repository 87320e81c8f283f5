import { defineConfig } from "vitest/config";

/**
 * End-to-end: the built staff app in headless Debian Chromium against the real server
 * (e2e/global-setup.ts). Each file opens its own browser; files run in parallel.
 */
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    // A browser test takes 5–45 s alone, but up to twice that on a loaded two-core CI machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // A page's own queries can take seconds on a loaded CI machine; Playwright's waits allow 30 s,
    // so polled assertions allow 10 s rather than vitest's default of 1 s.
    expect: { poll: { timeout: 10_000 } },
    // In CI (CI=true) a browser test that fails is run once more: a red run discards a whole session's
    // work, and a browser on a shared two-core machine stalls now and then. The retry shows in the
    // report; locally nothing is retried, so a flaky test is seen where it is fixed.
    retry: process.env.CI === "true" ? 1 : 0,
    setupFiles: ["src/server/testing/block-network.ts"],
  },
});
