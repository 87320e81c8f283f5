import { keepPreviousData, queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { type TRejection, ZOfferRevision, ZReviewQueue } from "../../../common/offers/offer-schemas.js";
import { requestJson } from "../../api/api-client.js";

export const reviewQueuePageSize = 25;

const revisionPath = (revisionId: string) => `/api/offer-revisions/${encodeURIComponent(revisionId)}`;

/** Submissions waiting for a decision, oldest first. */
export const reviewQueueQuery = (page: number) =>
  queryOptions({
    queryKey: ["offer-revisions", "pending", page],
    queryFn: ({ signal }) =>
      requestJson(`/api/offer-revisions/pending?page=${page}&pageSize=${reviewQueuePageSize}`, ZReviewQueue, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** One submission with its diff against the content in force. */
export const revisionQuery = (revisionId: string) =>
  queryOptions({
    queryKey: ["offer-revisions", "detail", revisionId],
    queryFn: ({ signal }) => requestJson(revisionPath(revisionId), ZOfferRevision, { signal }),
  });

export type TRevisionDecision = { decision: "approve" } | { decision: "reject"; body: TRejection };

/** Approves or rejects; the decided submission goes into the cache, queue and offers are read again. */
export function useDecideRevision(revisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: TRevisionDecision) =>
      requestJson(`${revisionPath(revisionId)}/${decision.decision}`, ZOfferRevision, {
        method: "POST",
        body: decision.decision === "reject" ? decision.body : {},
      }),
    onSuccess: async (revision) => {
      queryClient.setQueryData(revisionQuery(revisionId).queryKey, revision);
      await queryClient.invalidateQueries({ queryKey: ["offer-revisions", "pending"] });
      await queryClient.invalidateQueries({ queryKey: ["offers"] });
    },
  });
}
