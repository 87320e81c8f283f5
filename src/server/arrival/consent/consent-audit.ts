import type { consents } from "./consent-tables.js";

/** What a consent's audit event says of it: which record, what was decided, how; never the recipients. */
export function describeConsentForAudit(row: typeof consents.$inferSelect) {
  return {
    consentId: row.id,
    purpose: row.purpose,
    isGranted: row.isGranted,
    channel: row.channel,
    supersedesId: row.supersedesId,
  };
}
