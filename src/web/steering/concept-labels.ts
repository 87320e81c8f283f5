import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type {
  TComputedIndicatorKey,
  TConceptChangeKind,
  TConceptMeasureStatus,
  TConceptPart,
  TConceptPeriodStatus,
} from "../../common/steering/concept.js";

/** The concept's words, spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function useConceptLabels() {
  const { t } = useTranslation();
  return useMemo(() => {
    const periodStatuses: Record<TConceptPeriodStatus, string> = {
      draft: t("steering.periodStatuses.draft"),
      active: t("steering.periodStatuses.active"),
      closed: t("steering.periodStatuses.closed"),
    };
    const measureStatuses: Record<TConceptMeasureStatus, string> = {
      planned: t("steering.measureStatuses.planned"),
      running: t("steering.measureStatuses.running"),
      done: t("steering.measureStatuses.done"),
      stopped: t("steering.measureStatuses.stopped"),
    };
    const indicatorKeys: Record<TComputedIndicatorKey, string> = {
      days_arrival_to_first_contact: t("steering.indicatorKeys.daysArrivalToFirstContact"),
      first_interview_within_target_share: t("steering.indicatorKeys.firstInterviewWithinTargetShare"),
      referrals_by_field: t("steering.indicatorKeys.referralsByField"),
      referral_acceptance_rate: t("steering.indicatorKeys.referralAcceptanceRate"),
      referral_days_to_answer: t("steering.indicatorKeys.referralDaysToAnswer"),
      language_course_within_three_months_share: t("steering.indicatorKeys.languageCourseWithinThreeMonthsShare"),
      needs_by_field_and_municipality: t("steering.indicatorKeys.needsByFieldAndMunicipality"),
      unmet_needs: t("steering.indicatorKeys.unmetNeeds"),
      case_outcomes: t("steering.indicatorKeys.caseOutcomes"),
    };
    const parts: Record<TConceptPart, string> = {
      period: t("steering.parts.period"),
      statement: t("steering.parts.statement"),
      sub_goal: t("steering.parts.subGoal"),
      measure: t("steering.parts.measure"),
      indicator_value: t("steering.parts.indicatorValue"),
    };
    const changeKinds: Record<TConceptChangeKind, string> = {
      added: t("steering.changeKinds.added"),
      changed: t("steering.changeKinds.changed"),
      removed: t("steering.changeKinds.removed"),
    };
    /** The fields as the forms name them, in the order the history lists them. */
    const fields = {
      name: t("steering.fields.name"),
      startYear: t("steering.fields.startYear"),
      endYear: t("steering.fields.endYear"),
      fieldOfActionCode: t("steering.fields.fieldOfAction"),
      guidingPrinciple: t("steering.fields.guidingPrinciple"),
      challenges: t("steering.fields.challenges"),
      number: t("steering.fields.number"),
      title: t("steering.fields.title"),
      indicatorDescription: t("steering.fields.indicatorDescription"),
      indicatorKey: t("steering.fields.indicatorKey"),
      indicatorUnit: t("steering.fields.indicatorUnit"),
      baselineValue: t("steering.fields.baselineValue"),
      baselineYear: t("steering.fields.baselineYear"),
      baselineSource: t("steering.fields.baselineSource"),
      targets: t("steering.fields.targets"),
      responsibleOrganisationId: t("steering.fields.responsibleOrganisation"),
      description: t("steering.fields.description"),
      partnerOrganisationIds: t("steering.fields.partnerOrganisations"),
      otherPartners: t("steering.fields.otherPartners"),
      municipalityAgs: t("steering.fields.municipalities"),
      startsOn: t("steering.fields.startsOn"),
      endsOn: t("steering.fields.endsOn"),
      budgetEur: t("steering.fields.budgetEur"),
      progressNotes: t("steering.fields.progressNotes"),
      status: t("steering.fields.status"),
      year: t("steering.fields.year"),
      month: t("steering.fields.month"),
      municipalUnitKey: t("steering.fields.municipalUnit"),
      value: t("steering.fields.value"),
      source: t("steering.fields.source"),
      note: t("steering.fields.note"),
    };
    /** A stored field's label; a field the UI does not know by its name. */
    const fieldLabel = (field: string) => (fields as Record<string, string | undefined>)[field] ?? field;
    return { periodStatuses, measureStatuses, indicatorKeys, parts, changeKinds, fields, fieldLabel };
  }, [t]);
}

export type TConceptLabels = ReturnType<typeof useConceptLabels>;
