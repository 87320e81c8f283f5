import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ZIntegrationPlanView, ZPlanResponsibleOptions } from "../../common/counselling/plan-schemas.js";
import { requestJson } from "../api/api-client.js";
import { ApiError } from "../api/api-errors.js";

const planPath = (personId: string) => `/api/persons/${encodeURIComponent(personId)}/integration-plan`;

/** The person's plan (null while none) and the actions allowed; the server audits the read. */
export const planQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "integration-plan", personId],
    queryFn: ({ signal }) => requestJson(planPath(personId), ZIntegrationPlanView, { signal }),
  });

/** Providers and caseworkers a measure can be given to. */
export const planResponsiblesQuery = queryOptions({
  queryKey: ["integration-plan-responsibles"],
  queryFn: ({ signal }) => requestJson("/api/integration-plan-responsibles", ZPlanResponsibleOptions, { signal }),
});

export type TPlanWrite = { path?: string; method?: "POST" | "PATCH"; body: object };

/**
 * Any write to the plan: the answer is the plan as it is now and replaces the cached one. When
 * someone else wrote first (409) the plan is fetched again, so the next attempt has the new version.
 */
export function usePlanWrite(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path = "", method = "POST", body }: TPlanWrite) =>
      requestJson(`${planPath(personId)}${path}`, ZIntegrationPlanView, { method, body }),
    onSuccess: async (view) => {
      queryClient.setQueryData(planQuery(personId).queryKey, view);
      await queryClient.invalidateQueries({ queryKey: ["persons", "timeline", personId] });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409) {
        await queryClient.invalidateQueries({ queryKey: planQuery(personId).queryKey });
      }
    },
  });
}

/** The printable plan in a language, downloaded by the browser. */
export function planDocumentHref(personId: string, language: string): string {
  return `${planPath(personId)}/document?language=${language}`;
}
