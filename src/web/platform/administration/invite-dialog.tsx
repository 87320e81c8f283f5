import { Alert, Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TRole } from "../../../common/platform/organisations.js";
import { type TUserLocale, userLocales, ZInvitation } from "../../../common/platform/user-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { Dialog } from "../../ui/dialog.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useSignedInUser } from "../session/use-signed-in-user.js";
import { organisationsQuery, useInviteUser } from "./administration-api.js";
import { listGrantableRoles } from "./role-options.js";

const fields = ["email", "displayName", "organisationId", "role", "locale"] as const;
type TField = (typeof fields)[number];
type TValues = Record<TField, string>;

type TInviteDialogProps = { isOpen: boolean; onClose: () => void };

/**
 * Invites a person by e-mail into an organisation with a role. The answer is the same for new and
 * existing addresses, so the dialog says only that the invitation is on its way.
 */
export function InviteDialog({ isOpen, onClose }: TInviteDialogProps) {
  const { t, i18n } = useTranslation();
  const user = useSignedInUser();
  const invite = useInviteUser();
  const organisations = useQuery(organisationsQuery({ pageSize: 100 }));
  const [values, setValues] = useState<TValues>({
    email: "",
    displayName: "",
    organisationId: "",
    role: "",
    locale: i18n.resolvedLanguage === "en" ? "en" : "de",
  });
  const [errors, setErrors] = useState<TFieldErrors<TField>>({});
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);
  const organisation = organisations.data?.items.find((candidate) => candidate.id === values.organisationId);
  const roles = listGrantableRoles(user, organisation?.kind, t);
  const localeLabels: Record<TUserLocale, string> = {
    de: t("administration.locales.de"),
    en: t("administration.locales.en"),
  };

  function change(field: TField, value: string) {
    setValues((current) => ({ ...current, [field]: value, ...(field === "organisationId" ? { role: "" } : {}) }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZInvitation.safeParse(
      {
        ...values,
        organisationId: values.organisationId || undefined,
        role: (values.role || undefined) as TRole | undefined,
      },
      { reportInput: true },
    );
    if (!parsed.success) {
      setErrors(toIssueFieldErrors(parsed.error.issues, fields, t));
      return;
    }
    invite.mutate(parsed.data, {
      onSuccess: () => setSentTo(parsed.data.email),
      onError(error) {
        if (error instanceof ApiError && error.status === 422)
          setErrors(toProblemFieldErrors(error.problem, fields).fieldErrors);
      },
    });
  }

  return (
    <Dialog
      closeLabel={t("administration.close")}
      isOpen={isOpen}
      onClose={onClose}
      title={t("administration.invite.title")}
    >
      {sentTo ? (
        <Stack gap="md">
          <Alert color="green" variant="light" role="status" title={t("administration.invite.sentTitle")}>
            {t("administration.invite.sent", { email: sentTo })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("administration.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack gap="md">
            {invite.error && !(invite.error instanceof ApiError && invite.error.status === 422) ? (
              <ProblemAlert error={invite.error} />
            ) : null}
            <TextInput
              type="email"
              name="email"
              label={t("administration.users.email")}
              value={values.email}
              onChange={(event) => change("email", event.currentTarget.value)}
              error={errors.email}
              required
            />
            <TextInput
              name="displayName"
              label={t("administration.users.name")}
              value={values.displayName}
              onChange={(event) => change("displayName", event.currentTarget.value)}
              error={errors.displayName}
              required
            />
            <Select
              name="organisationId"
              label={t("administration.users.organisation")}
              data={(organisations.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }))}
              value={values.organisationId || null}
              onChange={(value) => change("organisationId", value ?? "")}
              searchable
              error={errors.organisationId}
              required
            />
            <Select
              name="role"
              label={t("administration.users.role")}
              data={roles}
              value={values.role || null}
              onChange={(value) => change("role", value ?? "")}
              disabled={!organisation}
              error={errors.role}
              required
            />
            <Select
              name="locale"
              label={t("administration.users.locale")}
              data={userLocales.map((value) => ({ value, label: localeLabels[value] }))}
              value={values.locale}
              onChange={(value) => change("locale", value ?? "de")}
              allowDeselect={false}
              error={errors.locale}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t("administration.cancel")}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t("administration.invite.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Dialog>
  );
}
