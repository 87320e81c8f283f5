import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ZPageFeedbackSummary } from "../../../common/portal/page-feedback-schemas.js";
import {
  type TPage,
  type TPageInput,
  type TPageTextInput,
  type TPageUpdate,
  ZPage,
  ZPageList,
  ZPageOwners,
  ZPageTextHistory,
} from "../../../common/portal/page-schemas.js";
import type { TContentLanguage } from "../../../common/portal/portal-content.js";
import { requestJson } from "../../api/api-client.js";

const pagePath = (id: string) => `/api/portal/pages/${encodeURIComponent(id)}`;

/** The preview's address, for the iframe (the server renders it; no JSON). */
export const pagePreviewPath = (id: string, language: TContentLanguage) =>
  `${pagePath(id)}/preview?language=${encodeURIComponent(language)}`;

/** Whose pages the editor keeps: "district" and/or municipal units. */
export const pageOwnersQuery = () =>
  queryOptions({
    queryKey: ["portal-pages", "owners"],
    queryFn: ({ signal }) => requestJson("/api/portal/pages/owners", ZPageOwners, { signal }),
    staleTime: 5 * 60_000,
  });

export const pageListQuery = (owner: string) =>
  queryOptions({
    queryKey: ["portal-pages", "list", owner],
    queryFn: ({ signal }) => requestJson(`/api/portal/pages?owner=${encodeURIComponent(owner)}`, ZPageList, { signal }),
  });

export const pageQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-pages", "detail", id],
    queryFn: ({ signal }) => requestJson(pagePath(id), ZPage, { signal }),
  });

export const pageHistoryQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-pages", "history", id],
    queryFn: ({ signal }) => requestJson(`${pagePath(id)}/history`, ZPageTextHistory, { signal }),
  });

export const pageFeedbackQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-pages", "feedback", id],
    queryFn: ({ signal }) => requestJson(`${pagePath(id)}/feedback`, ZPageFeedbackSummary, { signal }),
  });

/** Every change answers the whole page: it goes into the cache; lists and history are read again. */
function usePageMutation<TVariables>(send: (variables: TVariables) => Promise<TPage>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (page) => {
      queryClient.setQueryData(pageQuery(page.id).queryKey, page);
      await queryClient.invalidateQueries({ queryKey: ["portal-pages", "list"] });
      await queryClient.invalidateQueries({ queryKey: pageHistoryQuery(page.id).queryKey });
    },
  });
}

export function useCreatePage() {
  return usePageMutation((input: TPageInput) =>
    requestJson("/api/portal/pages", ZPage, { method: "POST", body: input }),
  );
}

export function useUpdatePage(id: string) {
  return usePageMutation((update: TPageUpdate) => requestJson(pagePath(id), ZPage, { method: "PUT", body: update }));
}

export function useSavePageText() {
  return usePageMutation(({ id, language, text }: { id: string; language: TContentLanguage; text: TPageTextInput }) =>
    requestJson(`${pagePath(id)}/texts/${encodeURIComponent(language)}`, ZPage, { method: "PUT", body: text }),
  );
}

export function useSetPageStatus(id: string) {
  return usePageMutation(({ action, version }: { action: "publish" | "unpublish"; version: number }) =>
    requestJson(`${pagePath(id)}/${action}`, ZPage, { method: "POST", body: { version } }),
  );
}
