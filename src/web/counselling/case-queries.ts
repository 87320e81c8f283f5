import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  type TCaseAssignment,
  type TCaseOpening,
  type TCaseStatusChange,
  ZCase,
  ZDesk,
  ZPersonCase,
} from "../../common/counselling/case-schemas.js";
import {
  type THandoverDecline,
  type THandoverListQuery,
  type THandoverRequest,
  ZHandover,
} from "../../common/counselling/handover-schemas.js";
import { type TCaseNoteInput, ZCaseNote } from "../../common/counselling/note-schemas.js";
import { requestJson } from "../api/api-client.js";

const casePath = (personId: string) => `/api/persons/${encodeURIComponent(personId)}/case`;

/** The person's case with its history; the server records the read. */
export const personCaseQuery = (personId: string) =>
  queryOptions({
    queryKey: ["counselling", "case", personId],
    queryFn: ({ signal }) => requestJson(casePath(personId), ZPersonCase, { signal }),
  });

/** The case notes the user may read (confidential ones only their own), newest first. */
export const caseNotesQuery = (personId: string) =>
  queryOptions({
    queryKey: ["counselling", "notes", personId],
    queryFn: ({ signal }) => requestJson(`${casePath(personId)}/notes`, z.array(ZCaseNote), { signal }),
  });

/** Organisations that can hold a case, with the users working cases there. */
export const desksQuery = queryOptions({
  queryKey: ["counselling", "desks"],
  queryFn: ({ signal }) => requestJson("/api/counselling/desks", z.array(ZDesk), { signal }),
  staleTime: 5 * 60_000,
});

export const handoversQuery = (query: THandoverListQuery) =>
  queryOptions({
    queryKey: ["counselling", "handovers", query],
    queryFn: ({ signal }) =>
      requestJson(`/api/counselling/handovers?${new URLSearchParams(query)}`, z.array(ZHandover), { signal }),
  });

/** A change to the case: afterwards the case, the timeline and the handover lists are read again. */
function useCaseMutation<TBody>(personId: string, path: string, method: "POST" | "PUT") {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => requestJson(`${casePath(personId)}${path}`, ZCase, { method, body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["counselling", "case", personId] });
      await queryClient.invalidateQueries({ queryKey: ["persons", "timeline", personId] });
    },
  });
}

export const useOpenCase = (personId: string) => useCaseMutation<TCaseOpening>(personId, "", "POST");
export const useChangeCaseStatus = (personId: string) =>
  useCaseMutation<TCaseStatusChange>(personId, "/status", "POST");
export const useAssignCase = (personId: string) => useCaseMutation<TCaseAssignment>(personId, "/assignee", "PUT");

export function useStartHandover(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: THandoverRequest) =>
      requestJson(`${casePath(personId)}/handovers`, ZHandover, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["counselling"] }),
  });
}

export function useAddCaseNote(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TCaseNoteInput) =>
      requestJson(`${casePath(personId)}/notes`, ZCaseNote, { method: "POST", body }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["counselling", "notes", personId] });
      await queryClient.invalidateQueries({ queryKey: ["persons", "timeline", personId] });
    },
  });
}

type THandoverDecision =
  | { handoverId: string; decision: "accept" | "withdraw" }
  | { handoverId: string; decision: "decline"; body: THandoverDecline };

/** Accepts, declines or withdraws a handover; every case view is read again afterwards. */
export function useDecideHandover() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: THandoverDecision) =>
      requestJson(
        `/api/counselling/handovers/${encodeURIComponent(decision.handoverId)}/${decision.decision}`,
        ZHandover,
        { method: "POST", body: decision.decision === "decline" ? decision.body : {} },
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["counselling"] });
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
    },
  });
}
