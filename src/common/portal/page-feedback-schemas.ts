import { z } from "zod";
import { contentLanguages } from "./portal-content.js";

/** The portal's "was this page helpful?" form: one of its two buttons. */
export const ZPageFeedbackForm = z.object({ helpful: z.enum(["yes", "no"]) });

const ZCounts = { helpful: z.number().int().min(0), notHelpful: z.number().int().min(0) };

/** What readers answered about a page, in total and per language they read it in. */
export const ZPageFeedbackSummary = z.object({
  ...ZCounts,
  byLanguage: z.array(z.object({ language: z.enum(contentLanguages), ...ZCounts })),
});
export type TPageFeedbackSummary = z.infer<typeof ZPageFeedbackSummary>;
