import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type TApiTokenCreated,
  type TApiTokenOptions,
  ZApiTokenCreate,
} from "../../../common/platform/api-token-schemas.js";
import type { TRole } from "../../../common/platform/organisations.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { describeRole } from "../session/membership-labels.js";
import { apiTokensQuery, createApiToken } from "./api-token-queries.js";

const tokenFields = ["name", "organisationId", "role", "scopes", "expiresAt"] as const;
type TTokenField = (typeof tokenFields)[number];

type TFormValues = { name: string; organisationId: string; role: string; scopes: string[]; expiresOn: string };

/** A date input's value (local calendar day), days from today. */
function localDate(daysAhead: number, yearsAhead = 0): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() + yearsAhead, date.getMonth(), date.getDate() + daysAhead);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The token lives through the chosen day (local time); the server limits it to one year. */
function toExpiresAt(expiresOn: string): string {
  const [year, month, day] = expiresOn.split("-").map(Number);
  if (!year || !month || !day) return "";
  return new Date(year, month - 1, day, 23, 59, 59).toISOString();
}

type TCreateApiTokenDialogProps = {
  isOpen: boolean;
  options: TApiTokenOptions;
  onClose: () => void;
  onCreated: (token: TApiTokenCreated) => void;
};

/** Name, organisation, role, scopes (grouped by resource) and expiry of a new token. */
export function CreateApiTokenDialog({ isOpen, options, onClose, onCreated }: TCreateApiTokenDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const firstOrganisation = options.organisations[0];
  const initialValues: TFormValues = {
    name: "",
    organisationId: firstOrganisation?.id ?? "",
    // No role preselected: which role a system acts with is a decision, not a default.
    role: "",
    scopes: [],
    expiresOn: localDate(90),
  };
  const [values, setValues] = useState<TFormValues>(initialValues);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors<TTokenField>>({});
  const [otherMessages, setOtherMessages] = useState<string[]>([]);
  const create = useMutation({
    mutationFn: createApiToken,
    async onSuccess(token) {
      await queryClient.invalidateQueries({ queryKey: apiTokensQuery.queryKey });
      reset();
      onCreated(token);
    },
    onError(error) {
      if (!(error instanceof ApiError) || error.status !== 422) return;
      const placed = toProblemFieldErrors(error.problem, tokenFields);
      setFieldErrors(placed.fieldErrors);
      setOtherMessages(placed.otherMessages);
    },
  });
  const organisation = options.organisations.find((item) => item.id === values.organisationId);

  function reset() {
    setValues(initialValues);
    setFieldErrors({});
    setOtherMessages([]);
    create.reset();
  }

  function update(changes: Partial<TFormValues>) {
    setValues((current) => ({ ...current, ...changes }));
    setFieldErrors({});
  }

  function chooseOrganisation(organisationId: string | null) {
    const roles = options.organisations.find((item) => item.id === organisationId)?.roles ?? [];
    update({ organisationId: organisationId ?? "", role: roles.includes(values.role as TRole) ? values.role : "" });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.reset();
    setOtherMessages([]);
    const payload = {
      name: values.name,
      organisationId: values.organisationId,
      role: values.role,
      scopes: values.scopes,
      expiresAt: toExpiresAt(values.expiresOn),
    };
    const parsed = ZApiTokenCreate.safeParse(payload, { reportInput: true });
    if (!parsed.success) {
      setFieldErrors(toIssueFieldErrors(parsed.error.issues, tokenFields, t));
      return;
    }
    create.mutate(parsed.data);
  }

  function close() {
    reset();
    onClose();
  }

  return (
    <Dialog
      isOpen={isOpen}
      onClose={close}
      closeLabel={t("apiTokens.close")}
      title={t("apiTokens.create.title")}
      size="lg"
    >
      <form noValidate onSubmit={submit} aria-label={t("apiTokens.create.title")}>
        <Stack gap="md">
          {create.error && !(create.error instanceof ApiError && create.error.status === 422) ? (
            <ProblemAlert error={create.error} />
          ) : null}
          {otherMessages.length > 0 ? <ProblemAlert error={create.error} messages={otherMessages} /> : null}
          <TextInput
            name="name"
            label={t("apiTokens.create.name")}
            description={t("apiTokens.create.nameHint")}
            required
            value={values.name}
            error={fieldErrors.name}
            onChange={(event) => update({ name: event.currentTarget.value })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              name="organisationId"
              label={t("apiTokens.create.organisation")}
              required
              allowDeselect={false}
              data={options.organisations.map((item) => ({ value: item.id, label: item.name }))}
              value={values.organisationId}
              error={fieldErrors.organisationId}
              onChange={chooseOrganisation}
            />
            <Select
              name="role"
              label={t("apiTokens.create.role")}
              required
              allowDeselect={false}
              data={(organisation?.roles ?? []).map((role) => ({ value: role, label: describeRole(role, t) }))}
              placeholder={t("apiTokens.create.rolePlaceholder")}
              value={values.role || null}
              error={fieldErrors.role}
              onChange={(role) => update({ role: role ?? "" })}
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t("apiTokens.create.scopes")}
            description={t("apiTokens.create.scopesHint")}
            required
            value={values.scopes}
            error={fieldErrors.scopes}
            onChange={(scopes) => update({ scopes })}
          >
            <Stack gap="xs" mt="xs">
              {options.scopes.map((group) => (
                <Fieldset key={group.resource} legend={group.resource} variant="filled" p="sm">
                  <Group gap="md">
                    {group.actions.map((action) => (
                      <Checkbox
                        key={action}
                        value={`${group.resource}:${action}`}
                        label={`${group.resource}:${action}`}
                      />
                    ))}
                  </Group>
                </Fieldset>
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            type="date"
            name="expiresAt"
            label={t("apiTokens.create.expiresOn")}
            description={t("apiTokens.create.expiresHint")}
            required
            min={localDate(0)}
            max={localDate(-1, 1)}
            value={values.expiresOn}
            error={fieldErrors.expiresAt}
            onChange={(event) => update({ expiresOn: event.currentTarget.value })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("apiTokens.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("apiTokens.create.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
