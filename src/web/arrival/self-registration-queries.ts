import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TSelfRegistrationStatus } from "../../common/arrival/self-registration.js";
import {
  ZSelfRegistrationDecision,
  ZSelfRegistrationDetail,
  ZSelfRegistrationList,
} from "../../common/arrival/self-registration-schemas.js";
import { requestJson } from "../api/api-client.js";

export const selfRegistrationsPageSize = 25;

/** Self-registrations of the user's area, pending first; the server records each one shown. */
export type TSelfRegistrationsFilter = {
  status: TSelfRegistrationStatus;
  municipalityAgs: string | null;
  page: number;
};

export const selfRegistrationsQuery = ({ status, municipalityAgs, page }: TSelfRegistrationsFilter) =>
  queryOptions({
    queryKey: ["self-registrations", "list", status, municipalityAgs, page],
    queryFn: ({ signal }) => {
      const search = new URLSearchParams({ status, page: String(page), pageSize: String(selfRegistrationsPageSize) });
      if (municipalityAgs) search.set("municipalityAgs", municipalityAgs);
      return requestJson(`/api/self-registrations?${search}`, ZSelfRegistrationList, { signal });
    },
    placeholderData: keepPreviousData,
  });

export const selfRegistrationQuery = (id: string) =>
  queryOptions({
    queryKey: ["self-registrations", "detail", id],
    queryFn: ({ signal }) =>
      requestJson(`/api/self-registrations/${encodeURIComponent(id)}`, ZSelfRegistrationDetail, { signal }),
  });

export type TSelfRegistrationDecisionRequest =
  | { kind: "confirm" }
  | { kind: "merge"; personId: string }
  | { kind: "reject"; reason: string };

/** Confirms, merges or rejects; the lists and the persons are read again afterwards. */
export function useDecideSelfRegistration(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: TSelfRegistrationDecisionRequest) => {
      const { kind, ...body } = decision;
      return requestJson(`/api/self-registrations/${encodeURIComponent(id)}/${kind}`, ZSelfRegistrationDecision, {
        method: "POST",
        body,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["self-registrations"] });
      await queryClient.invalidateQueries({ queryKey: ["persons"] });
    },
  });
}
