import pino from "pino";

/** Structured JSON logs; secrets in headers never reach them. */
export function createLogger(level: string) {
  return pino({
    level,
    redact: {
      paths: ["req.headers.cookie", "req.headers.authorization", 'res.headers["set-cookie"]'],
      censor: "[redacted]",
    },
  });
}
