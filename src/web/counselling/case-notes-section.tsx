import { Badge, Button, Checkbox, Group, Paper, Select, Stack, Text, Textarea, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TCaseNote } from "../../common/counselling/note-schemas.js";
import { ZCaseNoteInput } from "../../common/counselling/note-schemas.js";
import { ApiError } from "../api/api-errors.js";
import classes from "../arrival/person-file.module.css";
import { type TFieldErrors, toProblemFieldErrors } from "../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../forms/validation-messages.js";
import { fieldsOfActionQuery } from "../platform/reference-data/reference-queries.js";
import printClasses from "../ui/print.module.css";
import { ProblemAlert } from "../ui/problem-alert.js";
import { useDateTimeFormat } from "../ui/use-date-time-format.js";
import { caseNotesQuery, personCaseQuery, useAddCaseNote } from "./case-queries.js";
import counsellingClasses from "./counselling.module.css";

const fields = ["text", "fieldOfAction"] as const;
type TField = (typeof fields)[number];

function NoteForm({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const addNote = useAddCaseNote(personId);
  const [text, setText] = useState("");
  const [fieldOfAction, setFieldOfAction] = useState("");
  const [isConfidential, setIsConfidential] = useState(false);
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const isGerman = (i18n.resolvedLanguage ?? "de").startsWith("de");

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZCaseNoteInput.safeParse(
      { text, fieldOfAction: fieldOfAction === "" ? null : fieldOfAction, isConfidential },
      { reportInput: true },
    );
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    setErrors({});
    addNote.mutate(parsed.data, {
      onSuccess: () => {
        setText("");
        setFieldOfAction("");
        setIsConfidential(false);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422)
          setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      },
    });
  }

  const hasProblem = addNote.error !== null && !(addNote.error instanceof ApiError && addNote.error.status === 422);
  return (
    <form noValidate onSubmit={submit} className={printClasses.screenOnly}>
      <Stack gap="sm">
        {hasProblem ? <ProblemAlert error={addNote.error} /> : null}
        <Textarea
          label={t("counselling.notes.text")}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={errors.text}
          required
          autosize
          minRows={3}
        />
        <Select
          label={t("counselling.notes.fieldOfAction")}
          data={(fieldsOfAction.data ?? []).map((entry) => ({
            value: entry.code,
            label: isGerman ? entry.nameDe : entry.nameEn,
          }))}
          value={fieldOfAction || null}
          onChange={(value) => setFieldOfAction(value ?? "")}
          error={errors.fieldOfAction}
          clearable
        />
        <Checkbox
          label={t("counselling.notes.confidential")}
          description={t("counselling.notes.confidentialHint")}
          checked={isConfidential}
          onChange={(event) => setIsConfidential(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={addNote.isPending}>
            {t("counselling.notes.add")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NoteItem({ note, fieldOfActionName }: { note: TCaseNote; fieldOfActionName: string | undefined }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <li>
      <Paper withBorder p="sm" radius="sm" bg={note.isConfidential ? "yellow.0" : undefined}>
        <Group gap="xs" mb={4}>
          <Text size="sm" fw={700}>
            <time dateTime={note.createdAt}>{formatDateTime(note.createdAt)}</time>
            {note.authorName ? ` – ${note.authorName}` : ""}
          </Text>
          {note.isConfidential ? (
            <Badge color="dark" variant="filled">
              {t("counselling.notes.confidentialBadge")}
            </Badge>
          ) : null}
          {fieldOfActionName ? (
            <Badge color="gray.8" variant="outline">
              {fieldOfActionName}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" className={counsellingClasses.preWrap}>
          {note.text}
        </Text>
      </Paper>
    </li>
  );
}

/** The case notes, newest first; a confidential note is marked as such and only its author ever gets it. */
export function CaseNotesSection({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const personCase = useQuery(personCaseQuery(personId));
  const notes = useQuery(caseNotesQuery(personId));
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const isGerman = (i18n.resolvedLanguage ?? "de").startsWith("de");
  const nameOf = (code: string | null) => {
    const entry = fieldsOfAction.data?.find((candidate) => candidate.code === code);
    return entry ? (isGerman ? entry.nameDe : entry.nameEn) : (code ?? undefined);
  };
  const canWrite = personCase.data?.case?.allowedActions.includes("write_note") ?? false;
  const items = notes.data ?? [];
  return (
    <Paper component="section" aria-labelledby={headingId} withBorder p="md" radius="md">
      <Title order={2} size="h3" mb="sm" id={headingId}>
        {t("counselling.notes.title")}
      </Title>
      <Stack gap="md">
        {notes.isError ? <ProblemAlert error={notes.error} onRetry={() => void notes.refetch()} /> : null}
        {canWrite ? <NoteForm personId={personId} /> : null}
        {notes.isSuccess && items.length === 0 ? <Text size="sm">{t("counselling.notes.none")}</Text> : null}
        <ol className={`${classes.plainList} ${counsellingClasses.stackedList}`} aria-labelledby={headingId}>
          {items.map((note) => (
            <NoteItem key={note.id} note={note} fieldOfActionName={nameOf(note.fieldOfAction)} />
          ))}
        </ol>
      </Stack>
    </Paper>
  );
}
