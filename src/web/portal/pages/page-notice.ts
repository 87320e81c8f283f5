/** What the page view says after an action (also carried over from the new-page form in the location state). */
export const pageNotices = ["created", "textNotSaved", "metadataSaved", "published", "unpublished"] as const;
export type TPageNotice = (typeof pageNotices)[number];

export function readPageNotice(state: unknown): TPageNotice | undefined {
  if (typeof state !== "object" || state === null || !("notice" in state)) return undefined;
  return pageNotices.find((notice) => notice === state.notice);
}
