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
    testTimeout: 60_000,
    hookTimeout: 180_000,
    setupFiles: ["src/server/testing/block-network.ts"],
  },
});
