import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TOfferStatus } from "../../../common/offers/offer.js";
import type { TOfferContent } from "../../../common/offers/offer-content-schemas.js";
import {
  type TOffer,
  type TOfferSort,
  type TOfferUpdate,
  ZOffer,
  ZOfferPage,
} from "../../../common/offers/offer-schemas.js";
import { requestJson } from "../../api/api-client.js";

export const myOffersPageSize = 25;

export type TMyOffersFilter = {
  q?: string;
  status?: TOfferStatus;
  sort: TOfferSort;
  direction: "asc" | "desc";
  page: number;
};

const offerPath = (id: string) => `/api/offers/${encodeURIComponent(id)}`;

/** The offers the actor keeps (a provider's own; all of them for reviewers), newest change first. */
export const myOffersQuery = (filter: TMyOffersFilter) =>
  queryOptions({
    queryKey: ["offers", "mine", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({
        sort: filter.sort,
        direction: filter.direction,
        page: String(filter.page),
        pageSize: String(myOffersPageSize),
      });
      if (filter.q) search.set("q", filter.q);
      if (filter.status) search.set("status", filter.status);
      return requestJson(`/api/offers/mine?${search}`, ZOfferPage, { signal });
    },
    placeholderData: keepPreviousData,
  });

/** One offer with its content in force and its submissions with the reviewers' comments. */
export const offerQuery = (id: string) =>
  queryOptions({
    queryKey: ["offers", "detail", id],
    queryFn: ({ signal }) => requestJson(offerPath(id), ZOffer, { signal }),
  });

/** Every change answers the whole offer: it goes into the cache, and the lists are read again. */
function useOfferMutation<TVariables>(send: (variables: TVariables) => Promise<TOffer>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (offer) => {
      queryClient.setQueryData(offerQuery(offer.id).queryKey, offer);
      await queryClient.invalidateQueries({ queryKey: ["offers", "mine"] });
      await queryClient.invalidateQueries({ queryKey: ["offer-revisions"] });
    },
  });
}

export function useCreateOffer() {
  return useOfferMutation((content: TOfferContent) =>
    requestJson("/api/offers", ZOffer, { method: "POST", body: content }),
  );
}

export function useUpdateOffer(id: string) {
  return useOfferMutation((update: TOfferUpdate) =>
    requestJson(offerPath(id), ZOffer, { method: "PUT", body: update }),
  );
}

export function useSubmitOffer() {
  return useOfferMutation(({ id, version }: { id: string; version: number }) =>
    requestJson(`${offerPath(id)}/submit`, ZOffer, { method: "POST", body: { version } }),
  );
}

export function useWithdrawOffer(id: string) {
  return useOfferMutation((version: number) =>
    requestJson(`${offerPath(id)}/withdraw`, ZOffer, { method: "POST", body: { version } }),
  );
}

export function useSetFreePlaces(id: string) {
  return useOfferMutation((change: { version: number; freePlaces: number | null }) =>
    requestJson(`${offerPath(id)}/free-places`, ZOffer, { method: "PATCH", body: change }),
  );
}
