import { Anchor, Button, Group, MultiSelect, SimpleGrid, Stack, Textarea, TextInput } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { languageName, listLanguageCodes } from "../../../common/platform/iso-codes.js";
import {
  type TPortalContact,
  ZPortalContactInput,
  ZPortalContactUpdate,
} from "../../../common/portal/contact-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import type { TContentOwnerOption } from "../content-owners.js";
import { toOwnerValue } from "../content-owners.js";
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
import {
  contactFormFields,
  createEmptyContactValues,
  type TContactFormValues,
  toContactField,
  toContactFormValues,
  toContactInput,
} from "./contact-form-values.js";
import { useCreateContact, useUpdateContact } from "./contact-queries.js";

type TContactFormProps = {
  owners: readonly TContentOwnerOption[];
  contact?: TPortalContact;
  onSaved: (contact: TPortalContact) => void;
  onReload?: () => void;
};

type TTextField = "name" | "office" | "phone" | "email" | "website";

/** Creates or edits a contact, checked with the shared schema first; the server's field problems at the same fields. */
export function ContactForm({ owners, contact, onSaved, onReload }: TContactFormProps) {
  const { t, i18n } = useTranslation();
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? "");
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<TContactFormValues>(() =>
    contact ? toContactFormValues(contact) : createEmptyContactValues(toOwnerValue(owners[0]?.unitKey ?? null)),
  );
  const [errors, setErrors] = useState<TPortalFormErrors>(noPortalFormErrors);
  const [failure, setFailure] = useState<unknown>(null);
  const [isPending, setIsPending] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const uiLanguage = i18n.resolvedLanguage ?? "de";

  useEffect(() => {
    if (focusRequest === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-messages]')?.focus();
  }, [focusRequest]);

  const labels: Record<string, string> = {
    ownerUnitKey: t("portal.fields.owner"),
    name: t("portal.contacts.fields.name"),
    office: t("portal.contacts.fields.office"),
    phone: t("portal.contacts.fields.phone"),
    email: t("portal.contacts.fields.email"),
    website: t("portal.contacts.fields.website"),
    languages: t("portal.contacts.fields.languages"),
    noteDe: t("portal.contacts.fields.noteDe"),
  };

  function change<TKey extends keyof TContactFormValues>(key: TKey, value: TContactFormValues[TKey], field: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => clearFieldErrors(current, field));
  }

  function showErrors(placed: TPortalFormErrors) {
    setErrors(placed);
    setFocusRequest((count) => count + 1);
  }

  async function saveContact(): Promise<TPortalContact | undefined> {
    const input = toContactInput(values);
    if (contact === undefined) {
      const parsed = ZPortalContactInput.safeParse(input, { reportInput: true });
      if (parsed.success) return create.mutateAsync(parsed.data);
      showErrors(placeIssues(parsed.error.issues, contactFormFields, t, toContactField));
      return undefined;
    }
    const { ownerUnitKey: _owner, ...content } = input;
    const parsed = ZPortalContactUpdate.safeParse({ ...content, version: contact.version }, { reportInput: true });
    if (parsed.success) return update.mutateAsync(parsed.data);
    showErrors(placeIssues(parsed.error.issues, contactFormFields, t, toContactField));
    return undefined;
  }

  async function save() {
    setFailure(null);
    setErrors(noPortalFormErrors);
    setIsPending(true);
    try {
      const saved = await saveContact();
      if (saved) onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422) {
        showErrors(placeProblem(error.problem, contactFormFields, toContactField));
      } else setFailure(error);
    } finally {
      setIsPending(false);
    }
  }

  const text = (field: TTextField, type: "text" | "email" | "tel" | "url" = "text") => (
    <TextInput
      type={type}
      label={labels[field]}
      value={values[field]}
      onChange={(event) => change(field, event.currentTarget.value, field)}
      error={errors.fieldErrors[field]}
      required={field === "name"}
      autoComplete="off"
    />
  );

  return (
    <form
      noValidate
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Stack gap="md" maw={720}>
        <PortalFailureAlert failure={failure} onReload={onReload} />
        <PortalErrorSummary errors={errors} labelField={(field) => labels[field] ?? field} />
        {owners.length > 1 || errors.fieldErrors.ownerUnitKey ? (
          <OwnerSelect
            owners={owners}
            value={values.owner}
            onChange={(value) => change("owner", value, "ownerUnitKey")}
            error={errors.fieldErrors.ownerUnitKey}
            disabled={contact !== undefined}
          />
        ) : null}
        {text("name")}
        {text("office")}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {text("phone", "tel")}
          {text("email", "email")}
        </SimpleGrid>
        {text("website", "url")}
        <MultiSelect
          label={labels.languages}
          data={listLanguageCodes().map((code) => ({ value: code, label: languageName(code, uiLanguage) }))}
          value={values.languages}
          onChange={(languages) => change("languages", languages, "languages")}
          error={errors.fieldErrors.languages}
          searchable
          nothingFoundMessage={t("portal.form.nothingFound")}
        />
        <Textarea
          label={labels.noteDe}
          lang="de"
          autosize
          minRows={2}
          value={values.noteDe}
          onChange={(event) => change("noteDe", event.currentTarget.value, "noteDe")}
          error={errors.fieldErrors.noteDe}
        />
        <Group>
          <Button type="submit" loading={isPending}>
            {t("portal.form.save")}
          </Button>
          <Anchor component={Link} to="/portal/contacts">
            {t("portal.form.backToList")}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
