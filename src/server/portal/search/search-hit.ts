import type { TContentLanguage } from "../../../common/portal/portal-content.js";

/** What the portal search finds. */
export const searchKinds = ["page", "event", "place", "offer"] as const;
export type TSearchKind = (typeof searchKinds)[number];

/** One result: already in the language it is shown in (the requested one, else German). */
export type TSearchHit = {
  kind: TSearchKind;
  id: string;
  title: string;
  /** Plain text: the summary or the start of the text, never markup (the renderer escapes it). */
  snippet: string;
  /** A line of facts: an event's date, a place's address, an offer's provider and place. */
  detail: string | null;
  url: string;
  language: TContentLanguage;
  relevance: number;
};

/** What one kind's search is asked: the words of a unit's portal in a language, and how many at most. */
export type TKindSearch = { unitKey: string; language: TContentLanguage; limit: number };

const snippetLength = 180;
const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of sanitised HTML: tags dropped, entities decoded, white space collapsed. */
export function plainTextOf(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, " ")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X"))
        return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return entities[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}

/** The summary, else the start of the text, cut at a word near 180 characters. */
export function snippetOf(summary: string, markup: string): string {
  const text = summary.trim() || plainTextOf(markup);
  if (text.length <= snippetLength) return text;
  const cut = text.slice(0, snippetLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > snippetLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`;
}

/** The locale Intl formats in: Easy German is German. */
export function localeOf(language: TContentLanguage): string {
  return language === "de-x-easy" ? "de" : language;
}
