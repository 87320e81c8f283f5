/**
 * Counts failed bearer attempts per client address in a one-minute window, so nobody can try
 * secrets at full speed. Per instance, like the login rate limit. The interface is what matters:
 * a PostgreSQL-backed throttle (shared by all instances) can replace this one without touching
 * token-actor.ts.
 */
export type TAttemptThrottle = {
  isBlocked(key: string): boolean;
  recordFailure(key: string): void;
};

/** Upper bound on tracked addresses, so a flood of spoofed sources cannot grow memory without end. */
const MAX_TRACKED = 10_000;

export function createFailedAttemptThrottle(maxPerMinute: number, now: () => number = Date.now): TAttemptThrottle {
  const windows = new Map<string, { startedAt: number; failures: number }>();
  const current = (key: string) => {
    const window = windows.get(key);
    return window && now() - window.startedAt < 60_000 ? window : undefined;
  };
  return {
    isBlocked: (key) => (current(key)?.failures ?? 0) >= maxPerMinute,
    recordFailure(key) {
      const window = current(key);
      if (window) {
        window.failures += 1;
        return;
      }
      if (windows.size >= MAX_TRACKED) {
        for (const [tracked] of windows) {
          if (!current(tracked)) windows.delete(tracked);
        }
        if (windows.size >= MAX_TRACKED) windows.clear();
      }
      windows.set(key, { startedAt: now(), failures: 1 });
    },
  };
}
