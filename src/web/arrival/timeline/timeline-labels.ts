import type { TFunction } from "i18next";
import type { TTimelineEntry, TTimelineKind } from "../../../common/arrival/timeline-schemas.js";
import { describeCaseStatus, describeCloseReason } from "../../counselling/case-labels.js";
import { planFieldLabels } from "../../counselling/plan-labels.js";
import { describeProviderType } from "../../platform/administration/administration-labels.js";
import { describeConsentChannel, describeConsentPurpose } from "../consent/consent-labels.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
function describeKind(kind: TTimelineKind, t: TFunction): string {
  const labels: Record<TTimelineKind, string> = {
    registered: t("arrival.timeline.kinds.registered"),
    corrected: t("arrival.timeline.kinds.corrected"),
    first_contact: t("arrival.timeline.kinds.firstContact"),
    household_changed: t("arrival.timeline.kinds.householdChanged"),
    moved: t("arrival.timeline.kinds.moved"),
    merged: t("arrival.timeline.kinds.merged"),
    merge_undone: t("arrival.timeline.kinds.mergeUndone"),
    consent_granted: t("arrival.timeline.kinds.consentGranted"),
    consent_refused: t("arrival.timeline.kinds.consentRefused"),
    consent_withdrawn: t("arrival.timeline.kinds.consentWithdrawn"),
    case_opened: t("arrival.timeline.kinds.caseOpened"),
    case_status_changed: t("arrival.timeline.kinds.caseStatusChanged"),
    handover_started: t("arrival.timeline.kinds.handoverStarted"),
    handover_accepted: t("arrival.timeline.kinds.handoverAccepted"),
    handover_declined: t("arrival.timeline.kinds.handoverDeclined"),
    handover_withdrawn: t("arrival.timeline.kinds.handoverWithdrawn"),
    note_added: t("arrival.timeline.kinds.noteAdded"),
    assessment_started: t("arrival.timeline.kinds.assessmentStarted"),
    assessment_completed: t("arrival.timeline.kinds.assessmentCompleted"),
    plan_created: t("arrival.timeline.kinds.planCreated"),
    plan_agreed: t("arrival.timeline.kinds.planAgreed"),
    plan_changed: t("arrival.timeline.kinds.planChanged"),
    plan_reviewed: t("arrival.timeline.kinds.planReviewed"),
    task_created: t("arrival.timeline.kinds.taskCreated"),
    task_done: t("arrival.timeline.kinds.taskDone"),
    appointment_planned: t("arrival.timeline.kinds.appointmentPlanned"),
    appointment_cancelled: t("arrival.timeline.kinds.appointmentCancelled"),
  };
  return labels[kind];
}

/** The record's field names as the form labels them; a field without a label keeps its name. */
function describeField(field: string, t: TFunction): string {
  const labels: Record<string, string> = {
    givenName: t("arrival.fields.givenName"),
    familyName: t("arrival.fields.familyName"),
    otherNames: t("arrival.form.otherNames"),
    birthYear: t("arrival.fields.birthYear"),
    birthMonth: t("arrival.fields.birthMonth"),
    birthDay: t("arrival.fields.birthDay"),
    sex: t("arrival.fields.sex"),
    nationalities: t("arrival.fields.nationalities"),
    languages: t("arrival.fields.languages"),
    arrivedInGermanyOn: t("arrival.fields.arrivedInGermanyOn"),
    arrivedInMunicipalityOn: t("arrival.fields.arrivedInMunicipalityOn"),
    residenceCategory: t("arrival.fields.residenceCategory"),
    permitExpiresOn: t("arrival.fields.permitExpiresOn"),
    municipalityAgs: t("arrival.fields.municipality"),
    street: t("arrival.fields.street"),
    postalCode: t("arrival.fields.postalCode"),
    phone: t("arrival.fields.phone"),
    email: t("arrival.fields.email"),
    preferredChannel: t("arrival.fields.preferredChannel"),
    preferredLanguage: t("arrival.fields.preferredLanguage"),
    ...planFieldLabels(t),
  };
  return labels[field] ?? field;
}

/** The entry's heading ("Umzug") and its detail in one sentence, without any content of the record. */
export function describeTimelineEntry(
  entry: TTimelineEntry,
  municipalityName: (ags: string | null) => string,
  t: TFunction,
): { title: string; detail: string } {
  const title = describeKind(entry.kind, t);
  const fields = entry.fields.map((field) => describeField(field, t)).join(", ");
  if (entry.consent) {
    const recipients = [
      ...(entry.consent.recipientOrganisationCount > 0
        ? [t("arrival.timeline.providers", { count: entry.consent.recipientOrganisationCount })]
        : []),
      ...entry.consent.recipientProviderTypes.map((type) => describeProviderType(type, t)),
    ].join(", ");
    const purpose = describeConsentPurpose(entry.consent.purpose, t);
    const channel = describeConsentChannel(entry.consent.channel, t);
    return {
      title,
      detail: recipients === "" ? `${purpose} (${channel})` : `${purpose}: ${recipients} (${channel})`,
    };
  }
  if (entry.move) {
    const detail =
      entry.move.kind === "within_district"
        ? t("arrival.timeline.movedWithin", {
            from: municipalityName(entry.move.fromMunicipalityAgs),
            to: municipalityName(entry.move.toMunicipalityAgs),
          })
        : t("arrival.timeline.movedAway", { from: municipalityName(entry.move.fromMunicipalityAgs) });
    return { title, detail: entry.move.hasNote ? `${detail} ${t("arrival.timeline.withNote")}` : detail };
  }
  if (entry.caseWork) {
    const { fromStatus, toStatus, closeReason, isConfidential } = entry.caseWork;
    if (entry.kind === "note_added") {
      return { title, detail: isConfidential ? t("arrival.timeline.confidentialNote") : "" };
    }
    if (fromStatus && toStatus) {
      const change = t("arrival.timeline.statusChange", {
        from: describeCaseStatus(fromStatus, t),
        to: describeCaseStatus(toStatus, t),
      });
      return { title, detail: closeReason ? `${change} (${describeCloseReason(closeReason, t)})` : change };
    }
  }
  if (entry.mergeRole) {
    return {
      title,
      detail: entry.mergeRole === "survivor" ? t("arrival.timeline.keptRecord") : t("arrival.timeline.mergedRecord"),
    };
  }
  return { title, detail: fields === "" ? "" : t("arrival.timeline.fields", { fields }) };
}
