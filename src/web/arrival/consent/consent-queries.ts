import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import {
  type TConsentRecording,
  ZConsentRecipientOptions,
  ZConsentRecord,
  ZPersonConsents,
  ZPrivacyNoticeSummary,
} from "../../../common/arrival/consent-schemas.js";
import { ZTimeline } from "../../../common/arrival/timeline-schemas.js";
import { requestJson } from "../../api/api-client.js";

/** The current privacy notice in each language. */
export const privacyNoticesQuery = queryOptions({
  queryKey: ["privacy-notices"],
  queryFn: ({ signal }) => requestJson("/api/privacy-notices", z.array(ZPrivacyNoticeSummary), { signal }),
  staleTime: Number.POSITIVE_INFINITY,
});

/** The provider organisations one may consent to share with. */
export const consentRecipientsQuery = queryOptions({
  queryKey: ["consent-recipients"],
  queryFn: ({ signal }) => requestJson("/api/consent-recipients", ZConsentRecipientOptions, { signal }),
});

/** Under "persons", so every change to a person reads the consents and the timeline again. */
export const personConsentsQuery = (personId: string) =>
  queryOptions({
    queryKey: ["persons", "consents", personId],
    queryFn: ({ signal }) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/consents`, ZPersonConsents, { signal }),
  });

export const timelinePageSize = 20;

export const timelineQuery = (personId: string, page: number) =>
  queryOptions({
    queryKey: ["persons", "timeline", personId, page],
    queryFn: ({ signal }) =>
      requestJson(
        `/api/persons/${encodeURIComponent(personId)}/timeline?page=${page}&pageSize=${timelinePageSize}`,
        ZTimeline,
        { signal },
      ),
    placeholderData: keepPreviousData,
  });

export function useRecordConsents(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TConsentRecording) =>
      requestJson(`/api/persons/${encodeURIComponent(personId)}/consents`, z.array(ZConsentRecord), {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}

export function useWithdrawConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consentId: string) =>
      requestJson(
        `/api/persons/${encodeURIComponent(personId)}/consents/${encodeURIComponent(consentId)}/withdraw`,
        ZConsentRecord,
        { method: "POST", body: {} },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["persons"] }),
  });
}
