import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { ZPortalMedia, ZPortalMediaList } from "../../../common/portal/media-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const mediaPageSize = 50;

/** An owner's files, newest first. */
export const mediaListQuery = (owner: string, page: number) =>
  queryOptions({
    queryKey: ["portal-media", owner, page],
    queryFn: ({ signal }) =>
      requestJson(
        `/api/portal/media?${new URLSearchParams({ owner, page: String(page), pageSize: String(mediaPageSize) })}`,
        ZPortalMediaList,
        { signal },
      ),
  });

/** Uploads the file as it is; the server decides what it is by its bytes. */
export function useUploadMedia(owner: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) =>
      requestJson(`/api/portal/media?${new URLSearchParams({ owner, fileName: file.name })}`, ZPortalMedia, {
        method: "POST",
        body: file,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["portal-media", owner] }),
  });
}

export function useDeleteMedia(owner: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      requestWithoutContent(`/api/portal/media/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["portal-media", owner] }),
  });
}
