import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TPortalLanguage } from "../../../common/arrival/self-registration.js";
import {
  ZSelfCheckInvitationCreated,
  ZSelfCheckInvitationList,
} from "../../../common/counselling/self-check-schemas.js";
import { requestJson, requestWithoutContent } from "../../api/api-client.js";

export const selfChecksQuery = (personId: string) =>
  queryOptions({
    queryKey: ["assessments", "self-checks", personId],
    queryFn: ({ signal }) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/self-checks`, ZSelfCheckInvitationList, { signal }),
  });

export function useInviteToSelfCheck(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (language: TPortalLanguage) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/self-checks`, ZSelfCheckInvitationCreated, {
        method: "POST",
        body: { language },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["assessments"] }),
  });
}

export function useRevokeSelfCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      requestWithoutContent(`/api/self-checks/${encodeURIComponent(invitationId)}/revoke`, {
        method: "POST",
        body: {},
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["assessments"] }),
  });
}
