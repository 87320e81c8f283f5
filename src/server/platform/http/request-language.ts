import type { FastifyRequest } from "fastify";

/** Languages the API answers in; the staff app speaks German and English, the portal more. */
export const apiLanguages = ["de", "en", "uk", "ar", "tr", "ru", "fa", "ro", "bg", "pl"] as const;
export type TApiLanguage = (typeof apiLanguages)[number];

/** Picks the first supported language of Accept-Language by quality; German when nothing fits. */
export function resolveRequestLanguage(request: FastifyRequest): TApiLanguage {
  const header = request.headers["accept-language"];
  if (!header) return "de";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      return { tag: tag.toLowerCase(), quality: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && Number.isFinite(entry.quality) && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0] as TApiLanguage;
    if ((apiLanguages as readonly string[]).includes(base)) return base;
  }
  return "de";
}
