import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TPortalContact,
  type TPortalContactInput,
  type TPortalContactUpdate,
  ZPortalContact,
  ZPortalContactPage,
} from "../../../common/portal/contact-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const contactsPageSize = 25;

/** The largest page the API gives: a place chooses among all of an owner's contacts at once. */
export const contactChoicesPageSize = 100;

const contactPath = (id: string) => `/api/portal/contacts/${encodeURIComponent(id)}`;

export const contactsQuery = (filter: { q?: string; page: number; pageSize?: number }) =>
  queryOptions({
    queryKey: ["portal-contacts", "list", filter],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({
        page: String(filter.page),
        pageSize: String(filter.pageSize ?? contactsPageSize),
      });
      if (filter.q) search.set("q", filter.q);
      return requestJson(`/api/portal/contacts?${search}`, ZPortalContactPage, { signal });
    },
    placeholderData: keepPreviousData,
  });

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: ["portal-contacts", "detail", id],
    queryFn: ({ signal }) => requestJson(contactPath(id), ZPortalContact, { signal }),
  });

function useContactMutation<TVariables, TResult>(send: (variables: TVariables) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["portal-contacts"] });
    },
  });
}

export function useCreateContact() {
  return useContactMutation(
    (input: TPortalContactInput): Promise<TPortalContact> =>
      requestJson("/api/portal/contacts", ZPortalContact, { method: "POST", body: input }),
  );
}

export function useUpdateContact(id: string) {
  return useContactMutation(
    (update: TPortalContactUpdate): Promise<TPortalContact> =>
      requestJson(contactPath(id), ZPortalContact, { method: "PUT", body: update }),
  );
}

export function useDeleteContact(id: string) {
  return useContactMutation(() => requestWithoutContent(contactPath(id), { method: "DELETE" }));
}
