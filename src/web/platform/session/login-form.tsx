import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TLoginRequest, ZLoginRequest } from "../../../common/platform/session-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { hasFieldErrors, type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { useLogin } from "./use-session.js";

const loginFields = ["email", "password"] as const;
type TLoginField = (typeof loginFields)[number];

/**
 * E-mail and password, checked with the server's own schema before sending; the server's
 * field problems land next to the same fields. The first invalid field takes focus.
 */
export function LoginForm() {
  const { t } = useTranslation();
  const login = useLogin();
  const [values, setValues] = useState<TLoginRequest>({ email: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors<TLoginField>>({});
  const [isPasswordVisible, setIsPasswordVisible] = useState(false);
  const inputs = { email: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };

  function showFieldErrors(errors: TFieldErrors<TLoginField>) {
    setFieldErrors(errors);
    const firstInvalid = loginFields.find((field) => errors[field] !== undefined);
    if (firstInvalid) inputs[firstInvalid].current?.focus();
  }

  function updateField(field: TLoginField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    login.reset();
    const parsed = ZLoginRequest.safeParse(values, { reportInput: true });
    if (!parsed.success) {
      showFieldErrors(toIssueFieldErrors(parsed.error.issues, loginFields, t));
      return;
    }
    setFieldErrors({});
    login.mutate(parsed.data, {
      onError(error) {
        if (error instanceof ApiError && error.status === 422) {
          showFieldErrors(toProblemFieldErrors(error.problem, loginFields).fieldErrors);
        }
      },
    });
  }

  return (
    <form noValidate onSubmit={submit} aria-label={t("login.formLabel")}>
      <Stack gap="md">
        <LoginFailure error={login.error} />
        <TextInput
          ref={inputs.email}
          type="email"
          name="email"
          label={t("login.email")}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          required
          value={values.email}
          error={fieldErrors.email}
          onChange={(event) => updateField("email", event.currentTarget.value)}
        />
        <PasswordInput
          ref={inputs.password}
          name="password"
          label={t("login.password")}
          autoComplete="current-password"
          required
          value={values.password}
          error={fieldErrors.password}
          onChange={(event) => updateField("password", event.currentTarget.value)}
          visible={isPasswordVisible}
          onVisibilityChange={setIsPasswordVisible}
          visibilityToggleButtonProps={{
            // Mantine takes the toggle out of the tab order by default; keyboard users need it too.
            tabIndex: 0,
            "aria-label": isPasswordVisible ? t("login.hidePassword") : t("login.showPassword"),
            "aria-pressed": isPasswordVisible,
          }}
        />
        <Button type="submit" loading={login.isPending} fullWidth>
          {t("login.submit")}
        </Button>
      </Stack>
    </form>
  );
}

type TLoginFailureProps = { error: Error | null };

/** Wrong credentials in our words; field problems are shown at the fields; anything else as the API said. */
function LoginFailure({ error }: TLoginFailureProps) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ApiError && error.status === 401) {
    return (
      <Alert color="red" variant="light" role="alert" title={t("login.failed")}>
        {t("login.invalidCredentials")}
      </Alert>
    );
  }
  if (error instanceof ApiError && error.status === 422) {
    const { fieldErrors, otherMessages } = toProblemFieldErrors(error.problem, loginFields);
    if (hasFieldErrors(fieldErrors) && otherMessages.length === 0) return null;
    return <ProblemAlert error={error} messages={otherMessages} />;
  }
  return <ProblemAlert error={error} />;
}
