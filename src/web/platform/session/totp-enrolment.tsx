import { Button, Code, Image, List, Stack, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TTotpEnrolment, ZTotpCode } from "../../../common/platform/security-schemas.js";
import { ApiError } from "../../api/api-errors.js";
import { LoadingState } from "../../ui/loading-state.js";
import { ProblemAlert } from "../../ui/problem-alert.js";
import { TotpCodeField } from "./totp-code-field.js";

type TTotpEnrolmentProps<TResult> = {
  /** Distinguishes the login's enrolment from the security page's in the query cache. */
  scope: string;
  start: () => Promise<TTotpEnrolment>;
  confirm: (input: { code: string }) => Promise<TResult>;
  onConfirmed: (result: TResult) => void;
};

/** Groups of four, as authenticator apps show secrets, so it can be typed without losing one's place. */
function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

/**
 * Setting up an authenticator app: scan the QR code (or type the secret), then confirm with the
 * first code. The secret is fetched once per visit (a query, so a re-render does not make a new one).
 */
export function TotpEnrolment<TResult>({ scope, start, confirm, onConfirmed }: TTotpEnrolmentProps<TResult>) {
  const { t } = useTranslation();
  const enrolment = useQuery({
    queryKey: ["totp-enrolment", scope],
    queryFn: start,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
  });
  const confirmation = useMutation({ mutationFn: confirm, onSuccess: onConfirmed });
  const [code, setCode] = useState("");
  const [fieldError, setFieldError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  if (enrolment.isPending) return <LoadingState />;
  if (enrolment.isError) return <ProblemAlert error={enrolment.error} onRetry={() => void enrolment.refetch()} />;
  const { secret, qrCodeDataUrl } = enrolment.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = ZTotpCode.safeParse(code);
    if (!parsed.success) {
      setFieldError(t("security.code.invalidFormat"));
      input.current?.focus();
      return;
    }
    setFieldError(undefined);
    confirmation.mutate(
      { code: parsed.data },
      {
        onError(error) {
          if (error instanceof ApiError && (error.status === 401 || error.status === 422)) {
            setFieldError(t("security.code.invalid"));
            input.current?.focus();
          }
        },
      },
    );
  }

  const error = confirmation.error;
  const isCodeError = error instanceof ApiError && (error.status === 401 || error.status === 422);
  return (
    <Stack gap="md">
      <List type="ordered" spacing="xs" size="sm">
        <List.Item>{t("security.enrolment.stepInstall")}</List.Item>
        <List.Item>{t("security.enrolment.stepScan")}</List.Item>
        <List.Item>{t("security.enrolment.stepConfirm")}</List.Item>
      </List>
      <Image src={qrCodeDataUrl} alt={t("security.enrolment.qrAlt")} w={200} h={200} fit="contain" />
      <div>
        <Text size="sm" id={`${scope}-secret-label`}>
          {t("security.enrolment.secretLabel")}
        </Text>
        <Code block aria-labelledby={`${scope}-secret-label`} data-testid="totp-secret" data-secret={secret}>
          {groupSecret(secret)}
        </Code>
      </div>
      <form noValidate onSubmit={submit} aria-label={t("security.enrolment.formLabel")}>
        <Stack gap="md">
          {error && !isCodeError ? <ProblemAlert error={error} /> : null}
          <TotpCodeField inputRef={input} value={code} onChange={setCode} error={fieldError} />
          <Button type="submit" loading={confirmation.isPending}>
            {t("security.enrolment.submit")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
