import { z } from "zod";
import { auditActions } from "./audit-actions.js";

export const auditPageSizeMax = 200;
export const auditSortOrders = ["newest", "oldest"] as const;
export type TAuditSortOrder = (typeof auditSortOrders)[number];

/** A day (taken as the whole day in the district's time zone) or an exact moment with offset. */
const ZPointInTime = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** The auditor's filters: shared by the list, the CSV export and the screen's filter form. */
export const ZAuditEventFilters = z.strictObject({
  personId: z.uuid().optional(),
  /** The acting user, by id or by e-mail address. */
  userId: z.uuid().optional(),
  userEmail: z.email().max(320).optional(),
  /** Events where the actor acted for this organisation. */
  organisationId: z.uuid().optional(),
  from: ZPointInTime.optional(),
  to: ZPointInTime.optional(),
  action: z.enum(auditActions).optional(),
});
export type TAuditEventFilters = z.infer<typeof ZAuditEventFilters>;

export const ZAuditEventQuery = ZAuditEventFilters.extend({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(auditPageSizeMax).default(50),
  sort: z.enum(auditSortOrders).default("newest"),
});
export type TAuditEventQuery = z.infer<typeof ZAuditEventQuery>;

export const exportLanguages = ["de", "en"] as const;

/**
 * The export's column headers follow Accept-Language; a download link cannot set that header,
 * so the screen passes its language here instead.
 */
export const ZAuditExportQuery = ZAuditEventFilters.extend({
  sort: z.enum(auditSortOrders).default("newest"),
  language: z.enum(exportLanguages).optional(),
});
export type TAuditExportQuery = z.infer<typeof ZAuditExportQuery>;

/** One event as the auditor sees it: ids of records, never their contents. */
export const ZAuditEventRow = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    occurredAt: z.iso.datetime({ offset: true }),
    action: z.string(),
    /** The acting user; null for anonymous events (failed logins) and API tokens. */
    actorUserId: z.uuid().nullable(),
    /** Null also when the user no longer exists. */
    actorDisplayName: z.string().nullable(),
    actorEmail: z.string().nullable(),
    actorTokenId: z.uuid().nullable(),
    organisationIds: z.array(z.uuid()),
    subjectType: z.string().nullable(),
    subjectId: z.uuid().nullable(),
    personId: z.uuid().nullable(),
    purpose: z.string().nullable(),
    ipAddress: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "AuditEvent" });
export type TAuditEventRow = z.infer<typeof ZAuditEventRow>;

export const ZOrganisationName = z.object({ id: z.uuid(), name: z.string() });
export type TOrganisationName = z.infer<typeof ZOrganisationName>;

export const ZAuditEventPage = z
  .object({
    items: z.array(ZAuditEventRow),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** Names of the organisations the page's events mention. */
    organisations: z.array(ZOrganisationName),
    /** What the actor may do with the trail ("list", "export"), so the screen shows only that. */
    allowedActions: z.array(z.string()),
  })
  .meta({ id: "AuditEventPage" });
export type TAuditEventPage = z.infer<typeof ZAuditEventPage>;
