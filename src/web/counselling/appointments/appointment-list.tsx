import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TAppointment, TAppointmentStatus } from "../../../common/counselling/appointment-schemas.js";
import { isoToBerlinLocal } from "../../../common/counselling/berlin-time.js";
import { languageName } from "../../../common/platform/iso-codes.js";
import { useDateTimeFormat } from "../../ui/use-date-time-format.js";
import classes from "../record-list.module.css";
import { describeAppointmentKind, describeAppointmentStatus } from "./appointment-labels.js";
import { appointmentIcsHref } from "./appointment-queries.js";

export type TAppointmentStatusChange = { appointment: TAppointment; status: TAppointmentStatus };

type TAppointmentListProps = {
  appointments: readonly TAppointment[];
  label: string;
  onChangeStatus: (change: TAppointmentStatusChange) => void;
};

const nextStatuses: Record<TAppointmentStatus, TAppointmentStatus[]> = {
  planned: ["done", "missed", "cancelled"],
  done: ["planned"],
  missed: ["planned"],
  cancelled: ["planned"],
};

function AppointmentActions({
  appointment,
  onChangeStatus,
}: Omit<TAppointmentListProps, "appointments" | "label"> & { appointment: TAppointment }) {
  const { t } = useTranslation();
  const statusActions: Record<TAppointmentStatus, string> = {
    planned: t("counselling.appointments.actions.plannedAgain"),
    done: t("counselling.appointments.actions.done"),
    missed: t("counselling.appointments.actions.missed"),
    cancelled: t("counselling.appointments.actions.cancelled"),
  };
  return (
    <Group gap="xs">
      <Anchor href={appointmentIcsHref(appointment.id)} download size="sm">
        {t("counselling.appointments.downloadIcs")}
      </Anchor>
      {appointment.allowedActions.includes("update")
        ? nextStatuses[appointment.status].map((status) => (
            <Button
              key={status}
              size="compact-sm"
              variant="default"
              onClick={() => onChangeStatus({ appointment, status })}
            >
              {statusActions[status]}
            </Button>
          ))
        : null}
    </Group>
  );
}

/** Appointments as a list: when (Europe/Berlin), what, how and where, with whom, and the status. */
export function AppointmentList({ appointments, label, onChangeStatus }: TAppointmentListProps) {
  const { t, i18n } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <ul className={classes.plainList} aria-label={label}>
      {appointments.map((appointment) => (
        <li key={appointment.id}>
          <Stack gap={2} py={6}>
            <Group gap="xs">
              <Text fw={700} size="sm">
                <time dateTime={appointment.startsAt}>{formatDateTime(appointment.startsAt)}</time>–
                <time dateTime={appointment.endsAt}>{isoToBerlinLocal(appointment.endsAt).time}</time>:{" "}
                {appointment.title}
              </Text>
              <Badge variant={appointment.status === "planned" ? "outline" : "filled"} color="dark" size="sm">
                {describeAppointmentStatus(appointment.status, t)}
              </Badge>
            </Group>
            <Text size="sm">
              {describeAppointmentKind(appointment.kind, t)}
              {appointment.location ? `: ${appointment.location}` : ""}
              {` · ${t("counselling.appointments.staffValue", { name: appointment.staff.displayName })}`}
              {appointment.interpreterLanguage
                ? ` · ${t("counselling.appointments.interpreterValue", {
                    language: languageName(appointment.interpreterLanguage, i18n.resolvedLanguage ?? "de"),
                  })}`
                : ""}
            </Text>
            {appointment.note ? <Text size="sm">{appointment.note}</Text> : null}
            <AppointmentActions appointment={appointment} onChangeStatus={onChangeStatus} />
          </Stack>
        </li>
      ))}
    </ul>
  );
}
