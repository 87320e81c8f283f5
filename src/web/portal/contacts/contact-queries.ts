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

/** A save answers the whole contact: it goes into the cache (with its new version), and the lists are read again. */
function useSaveContact<TVariables>(send: (variables: TVariables) => Promise<TPortalContact>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (contact) => {
      queryClient.setQueryData(contactQuery(contact.id).queryKey, contact);
      await queryClient.invalidateQueries({ queryKey: ["portal-contacts", "list"] });
    },
  });
}

export function useCreateContact() {
  return useSaveContact((input: TPortalContactInput) =>
    requestJson("/api/portal/contacts", ZPortalContact, { method: "POST", body: input }),
  );
}

export function useUpdateContact(id: string) {
  return useSaveContact((update: TPortalContactUpdate) =>
    requestJson(contactPath(id), ZPortalContact, { method: "PUT", body: update }),
  );
}

export function useDeleteContact(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestWithoutContent(contactPath(id), { method: "DELETE" }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: contactQuery(id).queryKey });
      await queryClient.invalidateQueries({ queryKey: ["portal-contacts", "list"] });
    },
  });
}
