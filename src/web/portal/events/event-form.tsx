import { Anchor, Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type TPortalEvent, ZPortalEventContent, ZPortalEventUpdate } from "../../../common/portal/event-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { type TContentOwnerOption, toOwnerValue } from "../content-owners.js";
import { OwnerSelect } from "../owner-select.js";
import { placesQuery } from "../places/place-queries.js";
import { PortalErrorSummary } from "../portal-error-summary.js";
import { PortalFailureAlert } from "../portal-failure-alert.js";
import {
  clearFieldErrors,
  noPortalFormErrors,
  placeIssues,
  placeProblem,
  type TPortalFormErrors,
} from "../portal-form-errors.js";
import {
  createEmptyEventValues,
  eventFormFields,
  type TEventFormValues,
  toEventContent,
  toEventField,
  toEventFormValues,
} from "./event-form-values.js";
import { useCreateEvent, useUpdateEvent } from "./event-queries.js";
import { EventTextsFieldset } from "./event-texts-fieldset.js";
import { RecurrenceFieldset } from "./recurrence-fieldset.js";

type TEventFormProps = {
  owners: readonly TContentOwnerOption[];
  event?: TPortalEvent;
  onSaved: (event: TPortalEvent) => void;
  onReload?: () => void;
};

/**
 * Creates or edits an event: checked with the shared ZPortalEventContent (ZPortalEventUpdate with
 * the version read) before sending, the server's field problems shown at the same fields.
 */
export function EventForm({ owners, event, onSaved, onReload }: TEventFormProps) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent(event?.id ?? "");
  const places = useQuery(placesQuery({ page: 1 }));
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TEventFormValues>(() =>
    event ? toEventFormValues(event) : createEmptyEventValues(toOwnerValue(owners[0]?.unitKey ?? null)),
  );
  const [errors, setErrors] = useState<TPortalFormErrors>(noPortalFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const fieldErrors = errors.fieldErrors;

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  const labels: Partial<Record<string, string>> = {
    owner: t("portal.fields.owner"),
    start: t("portal.events.fields.start"),
    end: t("portal.events.fields.end"),
    recurrence: t("portal.events.recurrence.legend"),
    address: t("portal.events.fields.address"),
    placeId: t("portal.events.fields.place"),
    onlineUrl: t("portal.events.fields.onlineUrl"),
    organiser: t("portal.events.fields.organiser"),
    texts: t("portal.events.sections.texts"),
  };

  function change<TKey extends keyof TEventFormValues>(key: TKey, value: TEventFormValues[TKey], field: string = key) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => clearFieldErrors(current, field));
  }

  function showErrors(placed: TPortalFormErrors) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  async function saveEvent(): Promise<TPortalEvent | undefined> {
    const content = toEventContent(values);
    const fields = eventFormFields(values);
    if (event === undefined) {
      const parsed = ZPortalEventContent.safeParse(content, { reportInput: true });
      if (parsed.success) return create.mutateAsync(parsed.data);
      showErrors(placeIssues(parsed.error.issues, fields, t, toEventField));
      return undefined;
    }
    const parsed = ZPortalEventUpdate.safeParse({ ...content, version: event.version }, { reportInput: true });
    if (parsed.success) return update.mutateAsync(parsed.data);
    showErrors(placeIssues(parsed.error.issues, fields, t, toEventField));
    return undefined;
  }

  async function save() {
    setFailure(null);
    setErrors(noPortalFormErrors);
    setIsPending(true);
    try {
      const saved = await saveEvent();
      if (saved) onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        showErrors(placeProblem(error.problem, eventFormFields(values), toEventField));
      } else setFailure(error);
    } finally {
      setIsPending(false);
    }
  }

  const text = (key: "address" | "organiser" | "onlineUrl", type: "text" | "url" = "text") => (
    <TextInput
      type={type}
      label={labels[key]}
      value={values[key]}
      onChange={(input) => change(key, input.currentTarget.value)}
      error={fieldErrors[key]}
      autoComplete="off"
    />
  );
  const placeChoices = (places.data?.items ?? []).map((place) => ({
    value: place.id,
    label: place.texts.find((entry) => entry.language === "de")?.name ?? place.id,
  }));

  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(submitted) => {
        submitted.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg" maw={960}>
        <PortalFailureAlert failure={failure} onReload={onReload} />
        <PortalErrorSummary errors={errors} labelField={(field) => labels[field] ?? field} />
        {owners.length > 1 || fieldErrors.owner ? (
          <OwnerSelect
            owners={owners}
            value={values.owner}
            onChange={(value) => change("owner", value)}
            error={fieldErrors.owner}
            disabled={event !== undefined}
          />
        ) : null}
        <EventTextsFieldset texts={values.texts} errors={fieldErrors} onChange={(texts) => change("texts", texts)} />
        <Fieldset legend={t("portal.events.sections.time")}>
          <Stack gap="sm">
            <Checkbox
              label={t("portal.events.fields.isAllDay")}
              checked={values.isAllDay}
              onChange={(input) => change("isAllDay", input.currentTarget.checked, "start")}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                type="date"
                label={t("portal.events.fields.startDate")}
                value={values.startDate}
                onChange={(input) => change("startDate", input.currentTarget.value, "start")}
                error={fieldErrors.start}
                required
              />
              {values.isAllDay ? null : (
                <TextInput
                  type="time"
                  label={t("portal.events.fields.startTime")}
                  value={values.startTime}
                  onChange={(input) => change("startTime", input.currentTarget.value, "start")}
                  required
                />
              )}
              <TextInput
                type="date"
                label={t("portal.events.fields.endDate")}
                description={t("portal.events.endDateHint")}
                value={values.endDate}
                onChange={(input) => change("endDate", input.currentTarget.value, "end")}
                error={fieldErrors.end}
              />
              {values.isAllDay ? null : (
                <TextInput
                  type="time"
                  label={t("portal.events.fields.endTime")}
                  value={values.endTime}
                  onChange={(input) => change("endTime", input.currentTarget.value, "end")}
                  required
                />
              )}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <RecurrenceFieldset
          values={values.recurrence}
          error={fieldErrors.recurrence}
          onChange={(recurrence) => change("recurrence", recurrence)}
        />
        <Fieldset legend={t("portal.events.sections.place")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={labels.placeId}
              description={t("portal.events.placeHint")}
              data={placeChoices}
              value={values.placeId || null}
              onChange={(value) => change("placeId", value ?? "")}
              error={fieldErrors.placeId}
              searchable
              clearable
              clearButtonProps={{ "aria-label": t("portal.form.clear") }}
              nothingFoundMessage={t("portal.form.nothingFound")}
            />
            {text("address")}
            {text("onlineUrl", "url")}
            {text("organiser")}
          </SimpleGrid>
          <Checkbox
            mt="sm"
            label={t("portal.events.fields.isFree")}
            checked={values.isFree}
            onChange={(input) => change("isFree", input.currentTarget.checked)}
          />
        </Fieldset>
        <Group>
          <Button type="submit" loading={isPending}>
            {t("portal.form.save")}
          </Button>
          <Anchor component={Link} to="/portal/events">
            {t("portal.form.backToList")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
