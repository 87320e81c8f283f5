import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TOrganisationCreate,
  type TOrganisationQuery,
  type TOrganisationUpdate,
  ZOrganisation,
  ZOrganisationPage,
} from "../../../common/platform/organisation-schemas.js";
import type { TRole } from "../../../common/platform/organisations.js";
import { ZAcceptedForDelivery } from "../../../common/platform/password-schemas.js";
import {
  type TInvitation,
  type TUserQuery,
  type TUserUpdate,
  ZUserPage,
  ZUserSummary,
} from "../../../common/platform/user-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

/** Query string of the defined values only, so the server applies its own defaults. */
function toSearch(query: Record<string, string | number | undefined>): string {
  const entries = Object.entries(query).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
  const search = new URLSearchParams(entries.map(([key, value]) => [key, String(value)]));
  return search.size > 0 ? `?${search}` : "";
}

export const organisationsQuery = (query: TOrganisationQuery) =>
  queryOptions({
    queryKey: ["organisations", query],
    queryFn: ({ signal }) => requestJson(`/api/organisations${toSearch(query)}`, ZOrganisationPage, { signal }),
    placeholderData: keepPreviousData,
  });

export const usersQuery = (query: TUserQuery) =>
  queryOptions({
    queryKey: ["users", query],
    queryFn: ({ signal }) => requestJson(`/api/users${toSearch(query)}`, ZUserPage, { signal }),
    placeholderData: keepPreviousData,
  });

export const userQuery = (id: string) =>
  queryOptions({
    queryKey: ["users", "detail", id],
    queryFn: ({ signal }) => requestJson(`/api/users/${id}`, ZUserSummary, { signal }),
  });

/** Mutations refresh every organisation and user list and detail afterwards. */
function useAdministrationMutation<TInput, TOutput>(mutationFn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["organisations"] }),
        queryClient.invalidateQueries({ queryKey: ["users"] }),
      ]);
    },
  });
}

export function useCreateOrganisation() {
  return useAdministrationMutation((body: TOrganisationCreate) =>
    requestJson("/api/organisations", ZOrganisation, { method: "POST", body }),
  );
}

export function useUpdateOrganisation() {
  return useAdministrationMutation(({ id, body }: { id: string; body: TOrganisationUpdate }) =>
    requestJson(`/api/organisations/${id}`, ZOrganisation, { method: "PATCH", body }),
  );
}

export function useInviteUser() {
  return useAdministrationMutation((body: TInvitation) =>
    requestJson("/api/invitations", ZAcceptedForDelivery, { method: "POST", body }),
  );
}

export function useUpdateUser() {
  return useAdministrationMutation(({ id, body }: { id: string; body: TUserUpdate }) =>
    requestJson(`/api/users/${id}`, ZUserSummary, { method: "PATCH", body }),
  );
}

export function useSetUserActive() {
  return useAdministrationMutation(({ id, isActive }: { id: string; isActive: boolean }) =>
    requestJson(`/api/users/${id}/deactivation`, ZUserSummary, { method: isActive ? "DELETE" : "POST" }),
  );
}

type TMembershipChange = { userId: string; organisationId: string; role: TRole };
const membershipPath = ({ userId, organisationId, role }: TMembershipChange) =>
  `/api/users/${userId}/memberships/${organisationId}/${role}`;

export function useGrantMembership() {
  return useAdministrationMutation((change: TMembershipChange) =>
    requestJson(membershipPath(change), ZUserSummary, { method: "PUT" }),
  );
}

export function useRevokeMembership() {
  return useAdministrationMutation((change: TMembershipChange) =>
    requestWithoutContent(membershipPath(change), { method: "DELETE" }),
  );
}
