import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TPortalEvent,
  type TPortalEventContent,
  type TPortalEventStatus,
  type TPortalEventUpdate,
  ZPortalEvent,
  ZPortalEventOccurrences,
  ZPortalEventPage,
} from "../../../common/portal/event-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const eventsPageSize = 25;

/** Upcoming: ending now or later (and every recurring one); past: starting before now. */
export type TEventPeriod = "upcoming" | "past" | "all";

export type TEventsFilter = { owner?: string; status?: TPortalEventStatus; period: TEventPeriod; page: number };

const eventPath = (id: string) => `/api/portal/events/${encodeURIComponent(id)}`;

/** The editor's events, earliest start first. */
export const eventsQuery = (filter: TEventsFilter, now: string) =>
  queryOptions({
    queryKey: ["portal-events", "list", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ page: String(filter.page), pageSize: String(eventsPageSize) });
      if (filter.owner) search.set("owner", filter.owner);
      if (filter.status) search.set("status", filter.status);
      if (filter.period === "upcoming") search.set("from", now);
      if (filter.period === "past") search.set("to", now);
      return requestJson(`/api/portal/events?${search}`, ZPortalEventPage, { signal });
    },
    placeholderData: keepPreviousData,
  });

export const eventQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-events", "detail", id],
    queryFn: ({ signal }) => requestJson(eventPath(id), ZPortalEvent, { signal }),
  });

/** The saved event's dates in [from, to) (the API allows at most a year). */
export const occurrencesQuery = (id: string, version: number, from: string, to: string) =>
  queryOptions({
    queryKey: ["portal-events", "occurrences", id, version, from, to],
    queryFn: ({ signal }) =>
      requestJson(`${eventPath(id)}/occurrences?${new URLSearchParams({ from, to })}`, ZPortalEventOccurrences, {
        signal,
      }),
  });

function useEventMutation<TVariables>(send: (variables: TVariables) => Promise<TPortalEvent>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (event) => {
      queryClient.setQueryData(eventQuery(event.id).queryKey, event);
      await queryClient.invalidateQueries({ queryKey: ["portal-events", "list"] });
    },
  });
}

export function useCreateEvent() {
  return useEventMutation((content: TPortalEventContent) =>
    requestJson("/api/portal/events", ZPortalEvent, { method: "POST", body: content }),
  );
}

export function useUpdateEvent(id: string) {
  return useEventMutation((update: TPortalEventUpdate) =>
    requestJson(eventPath(id), ZPortalEvent, { method: "PUT", body: update }),
  );
}

export function useSetEventStatus(id: string) {
  return useEventMutation(({ isPublished, version }: { isPublished: boolean; version: number }) =>
    requestJson(`${eventPath(id)}/${isPublished ? "publish" : "unpublish"}`, ZPortalEvent, {
      method: "POST",
      body: { version },
    }),
  );
}

export function useDeleteEvent(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => requestWithoutContent(`${eventPath(id)}?version=${version}`, { method: "DELETE" }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: eventQuery(id).queryKey });
      await queryClient.invalidateQueries({ queryKey: ["portal-events", "list"] });
    },
  });
}
