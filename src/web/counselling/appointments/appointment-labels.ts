import type { TFunction } from "i18next";
import type { TAppointmentKind, TAppointmentStatus } from "../../../common/counselling/appointment-schemas.js";

/** Spelled out per value so the extractor finds each key and TypeScript checks all are named. */
export function describeAppointmentKind(kind: TAppointmentKind, t: TFunction): string {
  const labels: Record<TAppointmentKind, string> = {
    in_person: t("counselling.appointments.kinds.inPerson"),
    phone: t("counselling.appointments.kinds.phone"),
    video: t("counselling.appointments.kinds.video"),
  };
  return labels[kind];
}

export function describeAppointmentStatus(status: TAppointmentStatus, t: TFunction): string {
  const labels: Record<TAppointmentStatus, string> = {
    planned: t("counselling.appointments.statuses.planned"),
    done: t("counselling.appointments.statuses.done"),
    cancelled: t("counselling.appointments.statuses.cancelled"),
    missed: t("counselling.appointments.statuses.missed"),
  };
  return labels[status];
}
