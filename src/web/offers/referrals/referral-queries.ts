import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TCaseworkerReferralsQuery,
  type TInboxQuery,
  type TReferralInput,
  type TReferralResponse,
  ZReferral,
  ZReferralList,
  ZReferralOptions,
  ZReferralPreview,
} from "../../../common/offers/referral-schemas.js";
import { requestJson } from "../../api/api-client.js";

function toSearch(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  return params.toString();
}

export type TInboxFilter = Pick<TInboxQuery, "view" | "status" | "search" | "page">;
export type TSentFilter = Pick<TCaseworkerReferralsQuery, "view" | "status" | "search" | "page" | "personId">;

export const fetchInbox = (filter: TInboxFilter, signal: AbortSignal) =>
  requestJson(`/api/referrals/inbox?${toSearch(filter)}`, ZReferralList, { signal });

export const fetchSentReferrals = (filter: TSentFilter, signal: AbortSignal) =>
  requestJson(`/api/referrals/sent?${toSearch(filter)}`, ZReferralList, { signal });

export const sentReferralsQuery = (filter: TSentFilter) =>
  queryOptions({
    queryKey: ["referrals", "sent", filter],
    queryFn: ({ signal }) => fetchSentReferrals(filter, signal),
    placeholderData: keepPreviousData,
  });

export const referralQuery = (referralId: string) =>
  queryOptions({
    queryKey: ["referrals", "one", referralId],
    queryFn: ({ signal }) => requestJson(`/api/referrals/${encodeURIComponent(referralId)}`, ZReferral, { signal }),
  });

export const referralOptionsQuery = (search: string) =>
  queryOptions({
    queryKey: ["referrals", "options", search],
    queryFn: ({ signal }) => requestJson(`/api/referral-options?${toSearch({ search })}`, ZReferralOptions, { signal }),
    placeholderData: keepPreviousData,
  });

/** What the referral would share; a POST since it carries the draft, but it changes nothing. */
export function usePreviewReferral(personId: string) {
  return useMutation({
    mutationFn: (input: TReferralInput) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/referrals/preview`, ZReferralPreview, {
        method: "POST",
        body: input,
      }),
  });
}

export function useSendReferral(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TReferralInput) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/referrals`, ZReferral, {
        method: "POST",
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["referrals"] }),
  });
}

function useReferralChange<TBody>(referralId: string, path: "response" | "withdraw") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) =>
      requestJson(`/api/referrals/${encodeURIComponent(referralId)}/${path}`, ZReferral, { method: "POST", body }),
    onSuccess: async (referral) => {
      queryClient.setQueryData(referralQuery(referral.id).queryKey, referral);
      await queryClient.invalidateQueries({ queryKey: ["referrals"] });
    },
  });
}

export function useRespondToReferral(referralId: string) {
  return useReferralChange<TReferralResponse>(referralId, "response");
}

export function useWithdrawReferral(referralId: string) {
  return useReferralChange<{ version: number; note: string }>(referralId, "withdraw");
}
