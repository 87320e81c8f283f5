import { z } from "zod";

/** What the last action did, said above the form in a status region; travels in the navigation state. */
export const offerNotices = [
  "created",
  "saved",
  "submitted",
  "changeSubmitted",
  "withdrawn",
  "freePlacesSaved",
] as const;
export type TOfferNotice = (typeof offerNotices)[number];

const ZNoticeState = z.object({ offerNotice: z.enum(offerNotices) });

export function toNoticeState(notice: TOfferNotice) {
  return { offerNotice: notice };
}

export function readNoticeState(state: unknown): TOfferNotice | undefined {
  const parsed = ZNoticeState.safeParse(state);
  return parsed.success ? parsed.data.offerNotice : undefined;
}
