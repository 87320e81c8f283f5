import { TextInput } from "@mantine/core";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";

type TTotpCodeFieldProps = {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  label?: string;
};

/** The 6-digit code: numeric keyboard on phones, and browsers offer codes they received ("one-time-code"). */
export function TotpCodeField({ value, onChange, error, inputRef, label }: TTotpCodeFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={inputRef}
      name="code"
      label={label ?? t("security.code.label")}
      description={t("security.code.description")}
      autoComplete="one-time-code"
      inputMode="numeric"
      spellCheck={false}
      maxLength={7}
      required
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
