import { z } from "zod";

/**
 * The languages the welcome letter and the consent form are written in (portal languages,
 * reference languages.csv). The server refuses to start when a text file of one is missing.
 */
export const documentLanguages = ["de", "en", "uk", "ar", "tr", "ru", "fa", "ro", "bg", "pl"] as const;
export type TDocumentLanguage = (typeof documentLanguages)[number];

export function isDocumentLanguage(value: string): value is TDocumentLanguage {
  return (documentLanguages as readonly string[]).includes(value);
}

/** Without a language: the person's preferred language if the document exists in it, else German. */
export const ZDocumentQuery = z.strictObject({ language: z.enum(documentLanguages).optional() });
export type TDocumentQuery = z.infer<typeof ZDocumentQuery>;
