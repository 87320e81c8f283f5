import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ZTotpCode } from "../../../common/platform/security-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { TableSkeleton } from "../../ui/data-table/table-skeleton.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { RecoveryCodesPanel } from "../session/recovery-codes-panel.js";
import { TotpCodeField } from "../session/totp-code-field.js";
import { TotpEnrolment } from "../session/totp-enrolment.js";
import {
  confirmVoluntaryEnrolment,
  fetchSecondFactorStatus,
  regenerateRecoveryCodes,
  secondFactorStatusQueryKey,
  startVoluntaryEnrolment,
} from "./security-api.js";

/** Status of the authenticator; set one up (voluntarily), or replace the recovery codes. */
export function SecondFactorSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery({
    queryKey: secondFactorStatusQueryKey,
    queryFn: ({ signal }) => fetchSecondFactorStatus(signal),
  });
  const [isEnrolling, setIsEnrolling] = useState(false);
  const [newCodes, setNewCodes] = useState<string[]>();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: secondFactorStatusQueryKey });

  function showCodes(codes: string[]) {
    setIsEnrolling(false);
    setNewCodes(codes);
    refresh();
  }

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="second-factor-heading">
      <Stack gap="md">
        <Title order={2} size="h3" id="second-factor-heading">
          {t("security.secondFactor.title")}
        </Title>
        {status.isPending ? (
          <TableSkeleton rows={2} />
        ) : status.isError ? (
          <ProblemAlert error={status.error} onRetry={() => void status.refetch()} />
        ) : newCodes ? (
          <RecoveryCodesPanel codes={newCodes} onDone={() => setNewCodes(undefined)} />
        ) : isEnrolling ? (
          <TotpEnrolment
            scope="account"
            start={startVoluntaryEnrolment}
            confirm={confirmVoluntaryEnrolment}
            onConfirmed={(result) => showCodes(result.recoveryCodes)}
          />
        ) : (
          <>
            <Group gap="sm">
              <Badge color={status.data.isEnrolled ? "teal.9" : "gray.7"} variant="filled" size="lg">
                {status.data.isEnrolled ? t("security.secondFactor.enrolled") : t("security.secondFactor.notEnrolled")}
              </Badge>
              <Text size="sm">
                {status.data.isRequired ? t("security.secondFactor.required") : t("security.secondFactor.optional")}
              </Text>
            </Group>
            {status.data.isEnrolled ? (
              <>
                <Text size="sm" data-testid="recovery-codes-left">
                  {t("security.secondFactor.recoveryCodesLeft", { count: status.data.recoveryCodesLeft })}
                </Text>
                <RegenerateRecoveryCodes onRegenerated={showCodes} />
              </>
            ) : (
              <Group>
                <Button onClick={() => setIsEnrolling(true)}>{t("security.secondFactor.setUp")}</Button>
              </Group>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

type TRegenerateProps = { onRegenerated: (codes: string[]) => void };

function RegenerateRecoveryCodes({ onRegenerated }: TRegenerateProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const regenerate = useMutation({
    mutationFn: regenerateRecoveryCodes,
    onSuccess: (result) => onRegenerated(result.recoveryCodes),
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZTotpCode.safeParse(code);
    if (!parsed.success) {
      setFieldError(t("security.code.invalidFormat"));
      input.current?.focus();
      return;
    }
    setFieldError(undefined);
    regenerate.mutate(
      { code: parsed.data },
      {
        onError(error) {
          if (error instanceof ApiError && error.status === 422) {
            setFieldError(t("security.code.invalid"));
            input.current?.focus();
          }
        },
      },
    );
  }

  const error = regenerate.error;
  return (
    <form noValidate onSubmit={submit} aria-label={t("security.secondFactor.regenerateLabel")}>
      <Stack gap="sm" maw={360}>
        <Text size="sm">{t("security.secondFactor.regenerateHint")}</Text>
        {error && !(error instanceof ApiError && error.status === 422) ? <ProblemAlert error={error} /> : null}
        <TotpCodeField inputRef={input} value={code} onChange={setCode} error={fieldError} />
        <Group>
          <Button type="submit" variant="default" loading={regenerate.isPending}>
            {t("security.secondFactor.regenerate")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
