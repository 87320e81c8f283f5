import { Button, Group, SimpleGrid, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  contactFields,
  type TOrganisationContact,
  ZOrganisationContactInput,
} from "../../../common/platform/organisation-contact-schemas.js";
import type { TOrganisation } from "../../../common/platform/organisation-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { organisationContactQuery, useSaveOrganisationContact } from "./organisation-contact-queries.js";

type TField = (typeof contactFields)[number];
type TValues = Record<TField, string>;

function toValues(contact: TOrganisationContact): TValues {
  return Object.fromEntries(contactFields.map((field) => [field, contact[field] ?? ""])) as TValues;
}

type TContactFormProps = { organisation: TOrganisation; contact: TOrganisationContact; onClose: () => void };

function ContactForm({ organisation, contact, onClose }: TContactFormProps) {
  const { t } = useTranslation();
  const save = useSaveOrganisationContact(organisation.id);
  const [values, setValues] = useState<TValues>(() => toValues(contact));
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});

  const labels: Record<TField, string> = {
    officeName: t("administration.contact.officeName"),
    street: t("administration.contact.street"),
    postalCode: t("administration.contact.postalCode"),
    city: t("administration.contact.city"),
    phone: t("administration.contact.phone"),
    email: t("administration.contact.email"),
    website: t("administration.contact.website"),
    openingHours: t("administration.contact.openingHours"),
  };

  const input = (field: TField) => ({
    label: labels[field],
    value: values[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
      setErrors((current) => ({ ...current, [field]: undefined }));
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZOrganisationContactInput.safeParse(values, { reportInput: true });
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, contactFields, t));
      return;
    }
    save.mutate(values, {
      onSuccess: onClose,
      onError: (error) => {
        if (error instanceof ApiError && error.status === 422) {
          setErrors(toProblemFieldErrors(error.problem, contactFields).fieldErrors);
        }
      },
    });
  }

  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md">
        <Text size="sm">{t("administration.contact.explanation")}</Text>
        {save.error && !(save.error instanceof ApiError && save.error.status === 422) ? (
          <ProblemAlert error={save.error} />
        ) : null}
        <TextInput {...input("officeName")} />
        <TextInput {...input("street")} autoComplete="off" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...input("postalCode")} inputMode="numeric" />
          <TextInput {...input("city")} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...input("phone")} type="tel" />
          <TextInput {...input("email")} type="email" />
        </SimpleGrid>
        <TextInput {...input("website")} type="url" />
        <Textarea {...input("openingHours")} autosize minRows={2} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("administration.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("administration.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type TOrganisationContactModalProps = { organisation: TOrganisation; onClose: () => void };

/** The contact point of the district or a municipal unit, as the welcome letter prints it. */
export function OrganisationContactModal({ organisation, onClose }: TOrganisationContactModalProps) {
  const { t } = useTranslation();
  const contact = useQuery(organisationContactQuery(organisation.id));
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen
      onClose={onClose}
      title={t("administration.contact.title", { name: organisation.name })}
    >
      {contact.isPending ? (
        <LoadingState />
      ) : contact.isError ? (
        <ProblemAlert error={contact.error} onRetry={() => void contact.refetch()} />
      ) : (
        <ContactForm organisation={organisation} contact={contact.data} onClose={onClose} />
      )}
    </Dialog>
  );
}
