import { z } from "zod";

/** The largest calendar the import reads, as an upload or fetched from a URL. */
export const maxCalendarBytes = 2 * 1024 * 1024;
/** The most VEVENTs one import handles (a larger calendar is refused as a whole). */
export const maxImportedEvents = 2000;

export const ZEventImportQuery = z.strictObject({
  /** The owner the events are imported for: a municipal unit key, or "district" for district-wide events. */
  owner: z.string().trim().min(1).max(12),
  /** true: nothing is written, the answer says what an import would do. */
  dryRun: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
});
export type TEventImportQuery = z.output<typeof ZEventImportQuery>;

/** A calendar to fetch: http or https, without credentials (checked by the server's fetcher). */
export const ZEventImportUrl = z.strictObject({ url: z.string().trim().min(1).max(2000) });

export const ZEventImportError = z.object({
  /** The VEVENT's position in the file, counted from 0. */
  index: z.number().int(),
  uid: z.string().nullable(),
  summary: z.string().nullable(),
  /** Why the event was not imported, in the request's language (German or English). */
  messages: z.array(z.string()),
});
export type TEventImportError = z.infer<typeof ZEventImportError>;

export const ZEventImportResult = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  failed: z.number().int(),
  errors: z.array(ZEventImportError),
});
export type TEventImportResult = z.infer<typeof ZEventImportResult>;
