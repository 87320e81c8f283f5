import {
  Anchor,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { placeCategories } from "../../../common/portal/place.js";
import { type TPlace, ZPlaceInput, ZPlaceUpdate } from "../../../common/portal/place-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { municipalitiesQuery } from "../../platform/reference-data/reference-queries.js";
import { contactChoicesPageSize, contactsQuery } from "../contacts/contact-queries.js";
import { fromOwnerValue, type TContentOwnerOption, toOwnerValue } from "../content-owners.js";
import { OwnerSelect } from "../owner-select.js";
import { PortalErrorSummary } from "../portal-error-summary.js";
import { PortalFailureAlert } from "../portal-failure-alert.js";
import {
  clearFieldErrors,
  noPortalFormErrors,
  placeIssues,
  placeProblem,
  type TPortalFormErrors,
} from "../portal-form-errors.js";
import { OpeningHoursEditor } from "./opening-hours-editor.js";
import {
  createEmptyPlaceValues,
  placeFormFields,
  type TPlaceFormValues,
  toPlaceContent,
  toPlaceField,
  toPlaceFormValues,
  toPlaceInput,
} from "./place-form-values.js";
import { usePlaceLabels } from "./place-labels.js";
import { useCreatePlace, useUpdatePlace } from "./place-queries.js";
import { PlaceTextsFieldset } from "./place-texts-fieldset.js";

type TPlaceFormProps = {
  owners: readonly TContentOwnerOption[];
  place?: TPlace;
  onSaved: (place: TPlace) => void;
  onReload?: () => void;
};

type TTextField = "street" | "postalCode" | "city" | "phone" | "email" | "website";

/**
 * Creates or edits a place: checked with the shared ZPlaceInput (ZPlaceUpdate with the version
 * read) before sending, the server's field problems shown at the same fields.
 */
export function PlaceForm({ owners, place, onSaved, onReload }: TPlaceFormProps) {
  const { t } = useTranslation();
  const labels = usePlaceLabels();
  const create = useCreatePlace();
  const update = useUpdatePlace(place?.id ?? "");
  const municipalities = useQuery(municipalitiesQuery);
  const contacts = useQuery(contactsQuery({ page: 1, pageSize: contactChoicesPageSize }));
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TPlaceFormValues>(() =>
    place ? toPlaceFormValues(place) : createEmptyPlaceValues(toOwnerValue(owners[0]?.unitKey ?? null)),
  );
  const [errors, setErrors] = useState<TPortalFormErrors>(noPortalFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  const owner = fromOwnerValue(values.owner);
  const fieldErrors = errors.fieldErrors;

  function change<TKey extends keyof TPlaceFormValues>(key: TKey, value: TPlaceFormValues[TKey]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => clearFieldErrors(current, key === "owner" ? "ownerUnitKey" : key));
  }

  function showErrors(placed: TPortalFormErrors) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  async function savePlace(): Promise<TPlace | undefined> {
    const fields = placeFormFields(values);
    if (place === undefined) {
      const parsed = ZPlaceInput.safeParse(toPlaceInput(values), { reportInput: true });
      if (parsed.success) return create.mutateAsync(parsed.data);
      showErrors(placeIssues(parsed.error.issues, fields, t, toPlaceField));
      return undefined;
    }
    const parsed = ZPlaceUpdate.safeParse({ ...toPlaceContent(values), version: place.version }, { reportInput: true });
    if (parsed.success) return update.mutateAsync(parsed.data);
    showErrors(placeIssues(parsed.error.issues, fields, t, toPlaceField));
    return undefined;
  }

  async function save() {
    setFailure(null);
    setErrors(noPortalFormErrors);
    setIsPending(true);
    try {
      const saved = await savePlace();
      if (saved) onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        showErrors(placeProblem(error.problem, placeFormFields(values), toPlaceField));
      } else setFailure(error);
    } finally {
      setIsPending(false);
    }
  }

  const text = (field: TTextField, type: "text" | "email" | "tel" | "url" = "text") => (
    <TextInput
      type={type}
      label={labels.fields[field]}
      value={values[field]}
      onChange={(event) => change(field, event.currentTarget.value)}
      error={fieldErrors[field]}
      autoComplete="off"
    />
  );

  const coordinate = (field: "latitude" | "longitude", limit: number) => (
    <NumberInput
      label={labels.fields[field]}
      description={t("portal.places.coordinateHint", { limit })}
      value={values[field]}
      onChange={(value) => change(field, value)}
      error={fieldErrors[field]}
      min={-limit}
      max={limit}
      decimalScale={6}
      decimalSeparator="."
    />
  );

  const municipalityChoices = (municipalities.data ?? [])
    .filter((municipality) => owner === null || municipality.municipalUnitKey === owner)
    .map((municipality) => ({ value: municipality.ags, label: municipality.name }));
  const contactChoices = (contacts.data?.items ?? [])
    .filter((contact) => contact.ownerUnitKey === null || contact.ownerUnitKey === owner)
    .map((contact) => ({
      value: contact.id,
      label: contact.office ? `${contact.name} (${contact.office})` : contact.name,
    }));

  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg" maw={960}>
        <PortalFailureAlert failure={failure} onReload={onReload} />
        <PortalErrorSummary errors={errors} labelField={(field) => describeField(field, values, labels)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {owners.length > 1 || fieldErrors.ownerUnitKey ? (
            <OwnerSelect
              owners={owners}
              value={values.owner}
              onChange={(value) => change("owner", value)}
              error={fieldErrors.ownerUnitKey}
              disabled={place !== undefined}
            />
          ) : null}
          <Select
            label={labels.fields.category}
            data={placeCategories.map((category) => ({ value: category, label: labels.categories[category] }))}
            value={values.category || null}
            onChange={(value) => change("category", placeCategories.find((category) => category === value) ?? "")}
            error={fieldErrors.category}
            required
          />
        </SimpleGrid>
        <PlaceTextsFieldset
          texts={values.texts}
          errors={fieldErrors}
          labels={labels}
          onChange={(texts) => change("texts", texts)}
        />
        <Fieldset legend={t("portal.places.sections.address")}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={labels.fields.municipalityAgs}
              data={municipalityChoices}
              value={values.municipalityAgs || null}
              onChange={(value) => change("municipalityAgs", value ?? "")}
              error={fieldErrors.municipalityAgs}
              required
              searchable
              nothingFoundMessage={t("portal.form.nothingFound")}
            />
            {text("street")}
            {text("postalCode")}
            {text("city")}
            {coordinate("latitude", 90)}
            {coordinate("longitude", 180)}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={labels.fields.openingHours}>
          <Stack gap="sm">
            <OpeningHoursEditor
              slots={values.openingHours}
              errors={fieldErrors}
              labels={labels}
              onChange={(slots) => change("openingHours", slots)}
            />
            <Textarea
              label={labels.fields.openingHoursNote}
              autosize
              minRows={2}
              value={values.openingHoursNote}
              onChange={(event) => change("openingHoursNote", event.currentTarget.value)}
              error={fieldErrors.openingHoursNote}
            />
            <Checkbox
              label={labels.fields.isAppointmentOnly}
              checked={values.isAppointmentOnly}
              onChange={(event) => change("isAppointmentOnly", event.currentTarget.checked)}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t("portal.places.sections.access")}>
          <Stack gap="sm">
            <Checkbox
              label={labels.fields.isBarrierFree}
              checked={values.isBarrierFree}
              onChange={(event) => change("isBarrierFree", event.currentTarget.checked)}
            />
            <TextInput
              label={labels.fields.barrierFreeNote}
              value={values.barrierFreeNote}
              onChange={(event) => change("barrierFreeNote", event.currentTarget.value)}
              error={fieldErrors.barrierFreeNote}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t("portal.places.sections.contact")}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {text("phone", "tel")}
              {text("email", "email")}
              {text("website", "url")}
            </SimpleGrid>
            <MultiSelect
              label={labels.fields.contactIds}
              description={t("portal.places.contactsHint")}
              data={contactChoices}
              value={values.contactIds}
              onChange={(contactIds) => change("contactIds", contactIds)}
              error={fieldErrors.contactIds}
              searchable
              nothingFoundMessage={t("portal.form.nothingFound")}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={isPending}>
            {t("portal.form.save")}
          </Button>
          <Anchor component={Link} to="/portal/places">
            {t("portal.form.backToList")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}

/** A field's label for the error summary: "Name (Englisch)", "Öffnet (Montag)", … */
function describeField(field: string, values: TPlaceFormValues, labels: ReturnType<typeof usePlaceLabels>): string {
  const [list, index, part] = field.split(".");
  if (index !== undefined && part !== undefined) {
    const partLabel = labels.labelOf(part) ?? part;
    if (list === "texts") return `${partLabel} (${values.texts[Number(index)]?.language ?? ""})`;
    const weekday = values.openingHours[Number(index)]?.weekday;
    return weekday === undefined ? partLabel : `${partLabel} (${labels.weekdays[weekday]})`;
  }
  return labels.labelOf(field) ?? field;
}
