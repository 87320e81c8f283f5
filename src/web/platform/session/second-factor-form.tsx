import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZRecoveryCode, ZTotpCode } from "../../../common/platform/security-schemas.js";
import type { TCurrentUser } from "../../../common/platform/session-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { verifySecondFactor } from "./session-api.js";
import { TotpCodeField } from "./totp-code-field.js";

type TSecondFactorFormProps = { onCompleted: (user: TCurrentUser) => void; onCancel: () => void };

/** The second step of a login: the current code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ onCompleted, onCancel }: TSecondFactorFormProps) {
  const { t } = useTranslation();
  const [isRecovery, setIsRecovery] = useState(false);
  const [value, setValue] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const verify = useMutation({ mutationFn: verifySecondFactor, onSuccess: onCompleted });

  function switchMode() {
    setIsRecovery((current) => !current);
    setValue("");
    setFieldError(undefined);
    verify.reset();
    requestAnimationFrame(() => input.current?.focus());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    verify.reset();
    const parsed = (isRecovery ? ZRecoveryCode : ZTotpCode).safeParse(value);
    if (!parsed.success) {
      setFieldError(isRecovery ? t("security.recovery.invalidFormat") : t("security.code.invalidFormat"));
      input.current?.focus();
      return;
    }
    setFieldError(undefined);
    verify.mutate(isRecovery ? { recoveryCode: parsed.data } : { code: parsed.data }, {
      onError: () => input.current?.select(),
    });
  }

  const error = verify.error;
  return (
    <form noValidate onSubmit={submit} aria-label={t("security.verify.formLabel")}>
      <Stack gap="md">
        {error instanceof ApiError && error.status === 401 ? (
          <Alert color="red" variant="light" role="alert" title={t("security.verify.failed")}>
            {isRecovery ? t("security.recovery.invalid") : t("security.code.invalid")}
          </Alert>
        ) : error ? (
          <ProblemAlert error={error} />
        ) : null}
        {isRecovery ? (
          <TextInput
            ref={input}
            name="recoveryCode"
            label={t("security.recovery.label")}
            description={t("security.recovery.description")}
            autoComplete="off"
            spellCheck={false}
            required
            value={value}
            error={fieldError}
            onChange={(event) => setValue(event.currentTarget.value)}
          />
        ) : (
          <TotpCodeField inputRef={input} value={value} onChange={setValue} error={fieldError} />
        )}
        <Button type="submit" loading={verify.isPending} fullWidth>
          {t("security.verify.submit")}
        </Button>
        <Group justify="space-between">
          <Button variant="subtle" size="compact-sm" onClick={switchMode}>
            {isRecovery ? t("security.verify.useCode") : t("security.verify.useRecoveryCode")}
          </Button>
          <Button variant="subtle" size="compact-sm" onClick={onCancel}>
            {t("security.verify.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
