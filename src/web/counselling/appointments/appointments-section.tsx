import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDialog } from "../../platform/administration/confirm-dialog.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { AppointmentDialog } from "./appointment-dialog.js";
import { describeAppointmentStatus } from "./appointment-labels.js";
import { AppointmentList, type TAppointmentStatusChange } from "./appointment-list.js";
import { personAppointmentsQuery, useAppointmentWrite } from "./appointment-queries.js";

/** Termine: upcoming ones soonest first, past ones latest first; plan one, change its status, download the .ics. */
export function AppointmentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const appointments = useQuery(personAppointmentsQuery(personId));
  const write = useAppointmentWrite(personId);
  const [isAdding, setIsAdding] = useState(false);
  const [change, setChange] = useState<TAppointmentStatusChange | null>(null);

  function confirmChange() {
    if (!change) return;
    write.mutate(
      {
        kind: "update",
        appointmentId: change.appointment.id,
        body: { version: change.appointment.version, status: change.status },
      },
      { onSettled: () => setChange(null) },
    );
  }

  function body() {
    if (appointments.isPending) return <LoadingState />;
    if (appointments.isError)
      return <ProblemAlert error={appointments.error} onRetry={() => void appointments.refetch()} />;
    const { upcoming, past } = appointments.data;
    return (
      <Stack gap="sm">
        {write.error ? <ProblemAlert error={write.error} /> : null}
        <div>
          <Button size="xs" onClick={() => setIsAdding(true)}>
            {t("counselling.appointments.add")}
          </Button>
        </div>
        <Title order={3} size="h4">
          {t("counselling.appointments.upcoming")}
        </Title>
        {upcoming.length === 0 ? (
          <Text size="sm">{t("counselling.appointments.noUpcoming")}</Text>
        ) : (
          <AppointmentList
            appointments={upcoming}
            label={t("counselling.appointments.upcoming")}
            onChangeStatus={setChange}
          />
        )}
        {past.length > 0 ? (
          <>
            <Title order={3} size="h4">
              {t("counselling.appointments.past")}
            </Title>
            <AppointmentList
              appointments={past}
              label={t("counselling.appointments.past")}
              onChangeStatus={setChange}
            />
          </>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("counselling.appointments.title")}
      </Title>
      {body()}
      {isAdding ? <AppointmentDialog personId={personId} onClose={() => setIsAdding(false)} /> : null}
      {change ? (
        <ConfirmDialog
          isOpen
          title={t("counselling.appointments.confirmStatus.title")}
          message={t("counselling.appointments.confirmStatus.message", {
            title: change.appointment.title,
            status: describeAppointmentStatus(change.status, t),
          })}
          confirmLabel={t("counselling.appointments.confirmStatus.confirm")}
          isPending={write.isPending}
          onConfirm={confirmChange}
          onCancel={() => setChange(null)}
        />
      ) : null}
    </Paper>
  );
}
