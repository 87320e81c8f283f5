import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type TOrganisation,
  ZOrganisationCreate,
  ZOrganisationUpdate,
} from "../../../common/platform/organisation-schemas.js";
import { organisationKinds, providerTypes, type TOrganisationKind } from "../../../common/platform/organisations.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { municipalUnitsQuery } from "../reference-data/reference-queries.js";
import { describeOrganisationKind } from "../session/membership-labels.js";
import { useCreateOrganisation, useUpdateOrganisation } from "./administration-api.js";
import { describeProviderType } from "./administration-labels.js";

const fields = ["kind", "name", "municipalUnitKey", "providerType"] as const;
type TField = (typeof fields)[number];
type TValues = { kind: TOrganisationKind; name: string; municipalUnitKey: string; providerType: string };

type TOrganisationFormModalProps = {
  /** The organisation to edit; undefined creates a new one. */
  organisation: TOrganisation | undefined;
  isOpen: boolean;
  onClose: () => void;
};

/** Create or edit an organisation; the kind is chosen once, then only the fields of that kind show. */
export function OrganisationFormModal({ organisation, isOpen, onClose }: TOrganisationFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  const update = useUpdateOrganisation();
  const mutation = organisation ? update : create;
  const units = useQuery(municipalUnitsQuery);
  const [values, setValues] = useState<TValues>({
    kind: organisation?.kind ?? "provider",
    name: organisation?.name ?? "",
    municipalUnitKey: organisation?.municipalUnitKey ?? "",
    providerType: organisation?.providerType ?? "",
  });
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});

  function change(field: TField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function buildBody() {
    const optional = (value: string) => (value === "" ? undefined : value);
    if (organisation) {
      return ZOrganisationUpdate.safeParse(
        {
          name: values.name,
          municipalUnitKey: organisation.kind === "municipal_unit" ? optional(values.municipalUnitKey) : undefined,
          providerType: organisation.kind === "provider" ? optional(values.providerType) : undefined,
        },
        { reportInput: true },
      );
    }
    return ZOrganisationCreate.safeParse(
      {
        kind: values.kind,
        name: values.name,
        ...(values.kind === "municipal_unit" ? { municipalUnitKey: optional(values.municipalUnitKey) } : {}),
        ...(values.kind === "provider" ? { providerType: optional(values.providerType) } : {}),
      },
      { reportInput: true },
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = buildBody();
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    const onError = (error: Error) => {
      if (error instanceof ApiError && error.status === 422)
        setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
    };
    const onSuccess = () => onClose();
    if (organisation) {
      update.mutate(
        { id: organisation.id, body: parsed.data as typeof ZOrganisationUpdate._output },
        { onError, onSuccess },
      );
    } else {
      create.mutate(parsed.data as typeof ZOrganisationCreate._output, { onError, onSuccess });
    }
  }

  const kind = organisation?.kind ?? values.kind;
  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={organisation ? t("administration.organisations.editTitle") : t("administration.organisations.createTitle")}
    >
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          {mutation.error && !(mutation.error instanceof ApiError && mutation.error.status === 422) ? (
            <ProblemAlert error={mutation.error} />
          ) : null}
          {organisation ? null : (
            <Select
              label={t("administration.organisations.kind")}
              data={organisationKinds.map((value) => ({ value, label: describeOrganisationKind(value, t) }))}
              value={values.kind}
              onChange={(value) => change("kind", value ?? "provider")}
              allowDeselect={false}
              error={errors.kind}
              required
            />
          )}
          <TextInput
            label={t("administration.organisations.name")}
            value={values.name}
            onChange={(event) => change("name", event.currentTarget.value)}
            error={errors.name}
            required
          />
          {kind === "municipal_unit" ? (
            <Select
              label={t("administration.organisations.municipalUnit")}
              data={(units.data ?? []).map((unit) => ({ value: unit.key, label: unit.name }))}
              value={values.municipalUnitKey || null}
              onChange={(value) => change("municipalUnitKey", value ?? "")}
              searchable
              error={errors.municipalUnitKey}
              required
            />
          ) : null}
          {kind === "provider" ? (
            <Select
              label={t("administration.organisations.providerType")}
              data={providerTypes.map((value) => ({ value, label: describeProviderType(value, t) }))}
              value={values.providerType || null}
              onChange={(value) => change("providerType", value ?? "")}
              error={errors.providerType}
              required
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("administration.cancel")}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {t("administration.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
