import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { ZConceptOrganisationOptions } from "../../common/steering/concept-organisation-schemas.js";
import { ZConceptHistory, ZConceptPeriod, ZConceptPeriodList } from "../../common/steering/concept-view-schemas.js";
import { requestJson, requestWithoutContent } from "../api/api-client.js";

/** A period's path below /api/steering/, as the writes take it. */
export const conceptPeriodPart = (id: string) => `concept-periods/${encodeURIComponent(id)}`;
export const conceptPeriodPath = (id: string) => `/api/steering/${conceptPeriodPart(id)}`;

export const conceptPeriodsQuery = () =>
  queryOptions({
    queryKey: ["steering-concept", "list"],
    queryFn: ({ signal }) => requestJson("/api/steering/concept-periods", ZConceptPeriodList, { signal }),
  });

export const conceptPeriodQuery = (id: string) =>
  queryOptions({
    queryKey: ["steering-concept", "detail", id],
    queryFn: ({ signal }) => requestJson(conceptPeriodPath(id), ZConceptPeriod, { signal }),
  });

export const conceptHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ["steering-concept", "history", id],
    queryFn: ({ signal }) => requestJson(`${conceptPeriodPath(id)}/history`, ZConceptHistory, { signal }),
  });

/** The district's organisations to name as responsible or partner; they change rarely. */
export const conceptOrganisationsQuery = () =>
  queryOptions({
    queryKey: ["steering-concept", "organisations"],
    queryFn: ({ signal }) => requestJson("/api/steering/organisations", ZConceptOrganisationOptions, { signal }),
    staleTime: 5 * 60_000,
  });

/** One write to a period or one of its parts: a path below /api/steering/, a method, a body. */
export type TConceptWrite = { method: "POST" | "PUT" | "DELETE"; path: string; body?: object };

/**
 * Every write answers the changed part, not the period: the period's tree, the list and the history
 * are read again afterwards (also after a failure, so a conflict shows the current state on reload).
 */
export function useConceptWrite(periodId: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ method, path, body }: TConceptWrite): Promise<unknown> => {
      const url = `/api/steering/${path}`;
      if (method === "DELETE") return requestWithoutContent(url, { method });
      return requestJson(url, z.unknown(), { method, body });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["steering-concept", "list"] });
      if (periodId === undefined) return;
      await queryClient.invalidateQueries({ queryKey: conceptPeriodQuery(periodId).queryKey });
      await queryClient.invalidateQueries({ queryKey: conceptHistoryQuery(periodId).queryKey });
    },
  });
}
