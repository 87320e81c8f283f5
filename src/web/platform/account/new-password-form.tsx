import { Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { passwordLengths, ZNewPassword } from "../../../common/platform/password-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { type TFieldErrors, toProblemFieldErrors } from "../../forms/problem-field-errors.js";
import { toIssueFieldErrors } from "../../forms/validation-messages.js";
import { ProblemAlert } from "../../ui/problem-alert.js";

const fields = ["password", "displayName"] as const;
type TField = (typeof fields)[number];

type TNewPasswordFormProps = {
  /** The account's address, for password managers. */
  email: string;
  /** Shown (and sent) only when the form may change the name: accepting an invitation. */
  displayName?: string;
  submitLabel: string;
  isPending: boolean;
  error: Error | null;
  onSubmit: (values: { password: string; displayName?: string }) => void;
};

/**
 * Choose a new password: length checked here with the shared schema, the rest (common passwords,
 * own name) by the server, whose field problems land at the field.
 */
export function NewPasswordForm(props: TNewPasswordFormProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState("");
  const [displayName, setDisplayName] = useState(props.displayName ?? "");
  const [localErrors, setLocalErrors] = useState<TFieldErrors<TField>>({});
  const isFieldProblem = props.error instanceof ApiError && props.error.status === 422;
  const serverErrors = isFieldProblem
    ? toProblemFieldErrors((props.error as ApiError).problem, fields).fieldErrors
    : {};
  const errors = { ...serverErrors, ...localErrors };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZNewPassword.safeParse(password, { reportInput: true });
    if (!parsed.success) {
      setLocalErrors(
        toIssueFieldErrors(
          parsed.error.issues.map((issue) => ({ ...issue, path: ["password"] })),
          fields,
          t,
        ),
      );
      return;
    }
    setLocalErrors({});
    props.onSubmit(props.displayName === undefined ? { password } : { password, displayName: displayName.trim() });
  }

  return (
    <form noValidate onSubmit={submit} aria-label={props.submitLabel}>
      <Stack gap="md">
        {props.error && !isFieldProblem ? <ProblemAlert error={props.error} /> : null}
        <input type="email" name="username" autoComplete="username" value={props.email} readOnly hidden />
        {props.displayName === undefined ? null : (
          <TextInput
            name="displayName"
            label={t("account.displayName")}
            autoComplete="name"
            value={displayName}
            error={errors.displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
          />
        )}
        <PasswordInput
          name="password"
          label={t("account.newPassword")}
          description={t("account.passwordRules", { minimum: passwordLengths.minimum })}
          autoComplete="new-password"
          required
          value={password}
          error={errors.password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setLocalErrors({});
          }}
        />
        <Button type="submit" loading={props.isPending} fullWidth>
          {props.submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
