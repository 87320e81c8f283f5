import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPlaceCategory, TPlaceStatus } from "../../../common/portal/place.js";
import {
  type TPlace,
  type TPlaceInput,
  type TPlaceUpdate,
  ZPlace,
  ZPlacePage,
} from "../../../common/portal/place-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const placesPageSize = 25;

export type TPlacesFilter = {
  owner?: string;
  category?: TPlaceCategory;
  status?: TPlaceStatus;
  q?: string;
  page: number;
};

const placePath = (id: string) => `/api/portal/places/${encodeURIComponent(id)}`;

/** The editor's places, newest change first. */
export const placesQuery = (filter: TPlacesFilter) =>
  queryOptions({
    queryKey: ["portal-places", "list", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ page: String(filter.page), pageSize: String(placesPageSize) });
      for (const key of ["owner", "category", "status", "q"] as const) {
        const value = filter[key];
        if (value) search.set(key, value);
      }
      return requestJson(`/api/portal/places?${search}`, ZPlacePage, { signal });
    },
    placeholderData: keepPreviousData,
  });

export const placeQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-places", "detail", id],
    queryFn: ({ signal }) => requestJson(placePath(id), ZPlace, { signal }),
  });

/** Every change answers the whole place: it goes into the cache, and the lists are read again. */
function usePlaceMutation<TVariables>(send: (variables: TVariables) => Promise<TPlace>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (place) => {
      queryClient.setQueryData(placeQuery(place.id).queryKey, place);
      await queryClient.invalidateQueries({ queryKey: ["portal-places", "list"] });
    },
  });
}

export function useCreatePlace() {
  return usePlaceMutation((input: TPlaceInput) =>
    requestJson("/api/portal/places", ZPlace, { method: "POST", body: input }),
  );
}

export function useUpdatePlace(id: string) {
  return usePlaceMutation((update: TPlaceUpdate) =>
    requestJson(placePath(id), ZPlace, { method: "PUT", body: update }),
  );
}

export function useSetPlaceStatus(id: string) {
  return usePlaceMutation(({ isPublished, version }: { isPublished: boolean; version: number }) =>
    requestJson(`${placePath(id)}/${isPublished ? "publish" : "unpublish"}`, ZPlace, {
      method: "POST",
      body: { version },
    }),
  );
}

export function useDeletePlace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestWithoutContent(placePath(id), { method: "DELETE" }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: placeQuery(id).queryKey });
      await queryClient.invalidateQueries({ queryKey: ["portal-places", "list"] });
    },
  });
}
