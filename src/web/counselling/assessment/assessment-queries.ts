import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import {
  type TAnswersSave,
  ZAssessment,
  ZAssessmentChanges,
  ZAssessmentList,
  ZAssessmentSummary,
  ZNeedsProfile,
} from "../../../common/counselling/assessment-schemas.js";
import { ZQuestionnaireDefinition } from "../../../common/counselling/questionnaire-schemas.js";
import { requestJson } from "../../api/api-client.js";

const path = (id: string) => encodeURIComponent(id);

export const assessmentsQuery = (personId: string) =>
  queryOptions({
    queryKey: ["assessments", "person", personId],
    queryFn: ({ signal }) => requestJson(`/api/persons/${path(personId)}/assessments`, ZAssessmentList, { signal }),
  });

export const assessmentQuery = (assessmentId: string) =>
  queryOptions({
    queryKey: ["assessments", "detail", assessmentId],
    queryFn: ({ signal }) => requestJson(`/api/assessments/${path(assessmentId)}`, ZAssessment, { signal }),
  });

/** A questionnaire version never changes once published: read once per session. */
export const questionnaireQuery = (key: string, version: number) =>
  queryOptions({
    queryKey: ["questionnaires", key, version],
    queryFn: ({ signal }) =>
      requestJson(`/api/questionnaires/${path(key)}/versions/${version}`, ZQuestionnaireDefinition, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });

export const needsProfileQuery = (personId: string) =>
  queryOptions({
    queryKey: ["assessments", "needs", personId],
    queryFn: ({ signal }) => requestJson(`/api/persons/${path(personId)}/needs`, ZNeedsProfile, { signal }),
  });

export const assessmentChangesQuery = (assessmentId: string) =>
  queryOptions({
    queryKey: ["assessments", "changes", assessmentId],
    queryFn: ({ signal }) =>
      requestJson(`/api/assessments/${path(assessmentId)}/changes`, ZAssessmentChanges, { signal }),
  });

export function useStartAssessment(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      requestJson(`/api/persons/${path(personId)}/assessments`, ZAssessmentSummary, {
        method: "POST",
        body: { questionnaireKey: "first-interview" },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: assessmentsQuery(personId).queryKey }),
  });
}

/** Saves answers; the saved assessment (with its new version) replaces the cached one. */
export function useSaveAnswers(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TAnswersSave) =>
      requestJson(`/api/assessments/${path(assessmentId)}/answers`, ZAssessment, { method: "PUT", body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(assessmentQuery(assessmentId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: assessmentsQuery(saved.personId).queryKey });
    },
  });
}

export function useCompleteAssessment(assessmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      requestJson(`/api/assessments/${path(assessmentId)}/complete`, ZAssessment, {
        method: "POST",
        body: { version },
      }),
    onSuccess: (completed) => {
      queryClient.setQueryData(assessmentQuery(assessmentId).queryKey, completed);
      return queryClient.invalidateQueries({ queryKey: ["assessments"] });
    },
  });
}
