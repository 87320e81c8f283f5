import { Group, Select, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  appointmentKinds,
  type TAppointmentKind,
  ZAppointmentInput,
} from "../../../common/counselling/appointment-schemas.js";
import { berlinLocalToIso } from "../../../common/counselling/berlin-time.js";
import { languageOptions } from "../../arrival/iso-options.js";
import { PlanDialogForm } from "../plan-dialog-form.js";
import { useRecordForm } from "../use-record-form.js";
import { describeAppointmentKind } from "./appointment-labels.js";
import { appointmentStaffQuery, useAppointmentWrite } from "./appointment-queries.js";

const fields = [
  "startsAt",
  "endsAt",
  "kind",
  "location",
  "title",
  "note",
  "staffUserId",
  "interpreterLanguage",
] as const;

type TAppointmentDialogProps = { personId: string; onClose: () => void };

/** Plans an appointment: the day and times (Europe/Berlin), how and where, with whom, an interpreter's language. */
export function AppointmentDialog({ personId, onClose }: TAppointmentDialogProps) {
  const { t, i18n } = useTranslation();
  const staff = useQuery(appointmentStaffQuery);
  const form = useRecordForm(useAppointmentWrite(personId), fields, onClose);
  const [date, setDate] = useState("");
  const [startTime, setStartTime] = useState("");
  const [endTime, setEndTime] = useState("");
  const [kind, setKind] = useState<TAppointmentKind>("in_person");
  const [location, setLocation] = useState("");
  const [title, setTitle] = useState("");
  const [note, setNote] = useState("");
  const [staffUserId, setStaffUserId] = useState("");
  const [interpreterLanguage, setInterpreterLanguage] = useState("");

  function submit() {
    const startsAt = berlinLocalToIso(date, startTime);
    const endsAt = berlinLocalToIso(date, endTime);
    if (startsAt === null || endsAt === null) {
      const message = t("counselling.appointments.timeRequired");
      form.setErrors({
        ...(startsAt === null ? { startsAt: message } : {}),
        ...(endsAt === null ? { endsAt: message } : {}),
      });
      return;
    }
    const body = {
      startsAt,
      endsAt,
      kind,
      location,
      title,
      note,
      staffUserId: staffUserId === "" ? null : staffUserId,
      interpreterLanguage: interpreterLanguage === "" ? null : interpreterLanguage,
    };
    form.submit(ZAppointmentInput, body, (parsed) => ({ kind: "create", body: parsed }));
  }

  return (
    <PlanDialogForm
      title={t("counselling.appointments.add")}
      submitLabel={t("counselling.appointments.save")}
      onClose={onClose}
      onSubmit={submit}
      isPending={form.isPending}
      problem={form.problem}
      otherMessages={form.otherMessages}
    >
      <TextInput
        label={t("counselling.appointments.appointmentTitle")}
        description={t("counselling.appointments.titleHint")}
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        error={form.errors.title}
        required
      />
      <TextInput
        type="date"
        label={t("counselling.appointments.date")}
        value={date}
        onChange={(event) => setDate(event.currentTarget.value)}
        error={form.errors.startsAt}
        required
      />
      <Group grow align="flex-start">
        <TextInput
          type="time"
          label={t("counselling.appointments.startTime")}
          value={startTime}
          onChange={(event) => setStartTime(event.currentTarget.value)}
          required
        />
        <TextInput
          type="time"
          label={t("counselling.appointments.endTime")}
          value={endTime}
          onChange={(event) => setEndTime(event.currentTarget.value)}
          error={form.errors.endsAt}
          required
        />
      </Group>
      <Select
        label={t("counselling.appointments.kind")}
        data={appointmentKinds.map((value) => ({ value, label: describeAppointmentKind(value, t) }))}
        value={kind}
        onChange={(value) => setKind(appointmentKinds.find((candidate) => candidate === value) ?? "in_person")}
        error={form.errors.kind}
        allowDeselect={false}
      />
      <TextInput
        label={t("counselling.appointments.location")}
        description={t("counselling.appointments.locationHint")}
        value={location}
        onChange={(event) => setLocation(event.currentTarget.value)}
        error={form.errors.location}
      />
      <Select
        label={t("counselling.appointments.staff")}
        description={t("counselling.appointments.staffHint")}
        data={(staff.data?.caseworkers ?? []).map((caseworker) => ({ value: caseworker.id, label: caseworker.name }))}
        value={staffUserId || null}
        onChange={(value) => setStaffUserId(value ?? "")}
        error={form.errors.staffUserId}
        clearable
      />
      <Select
        label={t("counselling.appointments.interpreterLanguage")}
        data={languageOptions(i18n.resolvedLanguage ?? "de")}
        value={interpreterLanguage || null}
        onChange={(value) => setInterpreterLanguage(value ?? "")}
        error={form.errors.interpreterLanguage}
        searchable
        clearable
      />
      <Textarea
        label={t("counselling.appointments.note")}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        error={form.errors.note}
        autosize
        minRows={2}
      />
    </PlanDialogForm>
  );
}
