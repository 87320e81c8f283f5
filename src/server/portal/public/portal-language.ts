import type { FastifyReply, FastifyRequest } from "fastify";
import { isContentLanguage, type TContentLanguage } from "../../../common/portal/portal-content.js";

export const LANGUAGE_COOKIE = "kommmit_portal_language";

/** The best of Accept-Language among the content languages (exact tag first, then its base); else null. */
export function negotiateLanguage(header: string | undefined): TContentLanguage | null {
  if (!header) return null;
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
    if (isContentLanguage(tag)) return tag;
    const base = tag.split("-")[0] ?? "";
    if (isContentLanguage(base)) return base;
  }
  return null;
}

/** The language to open the portal in: the one chosen before (cookie), else the browser's preference, else German. */
export function preferredLanguage(request: FastifyRequest): TContentLanguage {
  const chosen = request.cookies[LANGUAGE_COOKIE];
  if (chosen && isContentLanguage(chosen)) return chosen;
  return negotiateLanguage(request.headers["accept-language"]) ?? "de";
}

/** Remembers the language of the page read, for a year, for the portal only. */
export function rememberLanguage(reply: FastifyReply, language: TContentLanguage): void {
  reply.setCookie(LANGUAGE_COOKIE, language, {
    path: "/portal",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
  });
}
