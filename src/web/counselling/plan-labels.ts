import type { TFunction } from "i18next";
import type {
  TAgreementChannel,
  TGoalStatus,
  TMeasureStatus,
  TPlanStatus,
  TResponsibleKind,
} from "../../common/counselling/plan.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describePlanStatus(status: TPlanStatus, t: TFunction): string {
  const labels: Record<TPlanStatus, string> = {
    draft: t("counselling.plan.statuses.draft"),
    agreed: t("counselling.plan.statuses.agreed"),
  };
  return labels[status];
}

export function describeGoalStatus(status: TGoalStatus, t: TFunction): string {
  const labels: Record<TGoalStatus, string> = {
    open: t("counselling.plan.goalStatuses.open"),
    in_progress: t("counselling.plan.goalStatuses.inProgress"),
    achieved: t("counselling.plan.goalStatuses.achieved"),
    dropped: t("counselling.plan.goalStatuses.dropped"),
  };
  return labels[status];
}

export function describeMeasureStatus(status: TMeasureStatus, t: TFunction): string {
  const labels: Record<TMeasureStatus, string> = {
    planned: t("counselling.plan.measureStatuses.planned"),
    in_progress: t("counselling.plan.measureStatuses.inProgress"),
    done: t("counselling.plan.measureStatuses.done"),
    cancelled: t("counselling.plan.measureStatuses.cancelled"),
  };
  return labels[status];
}

export function describeAgreementChannel(channel: TAgreementChannel, t: TFunction): string {
  const labels: Record<TAgreementChannel, string> = {
    in_person: t("counselling.plan.agreementChannels.inPerson"),
    phone: t("counselling.plan.agreementChannels.phone"),
    video: t("counselling.plan.agreementChannels.video"),
    in_writing: t("counselling.plan.agreementChannels.inWriting"),
  };
  return labels[channel];
}

export function describeResponsibleKind(kind: TResponsibleKind, t: TFunction): string {
  const labels: Record<TResponsibleKind, string> = {
    person: t("counselling.plan.responsibleKinds.person"),
    caseworker: t("counselling.plan.responsibleKinds.caseworker"),
    provider: t("counselling.plan.responsibleKinds.provider"),
  };
  return labels[kind];
}

/** The plan's changed fields as the timeline and the change list name them ("goal.status" → "Ziel: Status"). */
export function planFieldLabels(t: TFunction): Record<string, string> {
  return {
    "plan.nextReviewOn": t("counselling.plan.changes.nextReviewOn"),
    "goal.added": t("counselling.plan.changes.goalAdded"),
    "goal.fieldOfActionCode": t("counselling.plan.changes.goalFieldOfAction"),
    "goal.title": t("counselling.plan.changes.goalTitle"),
    "goal.description": t("counselling.plan.changes.goalDescription"),
    "goal.status": t("counselling.plan.changes.goalStatus"),
    "measure.added": t("counselling.plan.changes.measureAdded"),
    "measure.title": t("counselling.plan.changes.measureTitle"),
    "measure.responsibleKind": t("counselling.plan.changes.measureResponsible"),
    "measure.responsibleOrganisationId": t("counselling.plan.changes.measureResponsible"),
    "measure.responsibleUserId": t("counselling.plan.changes.measureResponsible"),
    "measure.dueOn": t("counselling.plan.changes.measureDueOn"),
    "measure.status": t("counselling.plan.changes.measureStatus"),
  };
}
