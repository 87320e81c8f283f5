import { keepPreviousData, queryOptions, useMutation } from "@tanstack/react-query";
import { type TPageCopyInput, ZPage, ZSharedPageList } from "../../../common/portal/page-schemas.js";
import { requestJson } from "../../api/api-client.js";

/** Published pages of the district and other administrations the owner may copy, by title. */
export const sharedPagesQuery = (owner: string, q: string) =>
  queryOptions({
    queryKey: ["portal-pages", "shared", owner, q],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ owner });
      if (q) search.set("q", q);
      return requestJson(`/api/portal/pages/shared?${search}`, ZSharedPageList, { signal });
    },
    placeholderData: keepPreviousData,
  });

/** Copies a page into the owner's pages as a draft; answers the new page. */
export function useCopyPage() {
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: TPageCopyInput }) =>
      requestJson(`/api/portal/pages/${encodeURIComponent(id)}/copy`, ZPage, { method: "POST", body: input }),
  });
}
