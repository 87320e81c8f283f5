import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TImportMapping,
  type TImportRowStatus,
  ZArrivalImport,
  ZImportCommitResult,
  ZImportRows,
} from "../../common/arrival/import-schemas.js";
import { requestJson, requestWithoutContent } from "../api/api-client.js";

export const importRowsPageSize = 25;

const importPath = (id: string) => `/api/arrival-imports/${encodeURIComponent(id)}`;

/** The address of an import's error report (a CSV download the browser handles with the session cookie). */
export const errorReportUrl = (id: string) => `${importPath(id)}/error-report.csv`;

export const importQuery = (id: string) =>
  queryOptions({
    queryKey: ["arrival-imports", id],
    queryFn: ({ signal }) => requestJson(importPath(id), ZArrivalImport, { signal }),
  });

export const importRowsQuery = (id: string, page: number, status: TImportRowStatus | undefined) =>
  queryOptions({
    queryKey: ["arrival-imports", id, "rows", page, status ?? "all"],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ page: String(page), pageSize: String(importRowsPageSize) });
      if (status) search.set("status", status);
      return requestJson(`${importPath(id)}/rows?${search}`, ZImportRows, { signal });
    },
    placeholderData: keepPreviousData,
  });

/** Uploads the file as it is; the server reads it, suggests a mapping and validates every row. */
export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      requestJson(`/api/arrival-imports?fileName=${encodeURIComponent(file.name)}`, ZArrivalImport, {
        method: "POST",
        body: file,
      }),
    onSuccess: (created) => queryClient.setQueryData(importQuery(created.id).queryKey, created),
  });
}

export function useChangeMapping(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (mapping: TImportMapping) =>
      requestJson(`${importPath(id)}/mapping`, ZArrivalImport, { method: "PUT", body: { mapping } }),
    onSuccess: async (updated) => {
      queryClient.setQueryData(importQuery(id).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ["arrival-imports", id, "rows"] });
    },
  });
}

export function useCommitImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (includeLikelyDuplicates: boolean) =>
      requestJson(`${importPath(id)}/commit`, ZImportCommitResult, {
        method: "POST",
        body: { includeLikelyDuplicates },
      }),
    onSuccess: async (result) => {
      queryClient.setQueryData(importQuery(id).queryKey, result.import);
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
      await queryClient.invalidateQueries({ queryKey: ["arrival-imports", id, "rows"] });
    },
  });
}

export function useDiscardImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestWithoutContent(importPath(id), { method: "DELETE" }),
    onSuccess: () => queryClient.removeQueries({ queryKey: ["arrival-imports", id] }),
  });
}
