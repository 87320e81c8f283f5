import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TContentOwnerOption } from "./content-owners.js";
import { toOwnerValue } from "./content-owners.js";

type TOwnerSelectProps = {
  owners: readonly TContentOwnerOption[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
  /** For a list filter: "all owners" is a choice. */
  anyLabel?: string;
  disabled?: boolean;
};

/** Whose content this is (the district or a unit); only shown to editors with more than one owner. */
export function OwnerSelect({ owners, value, onChange, error, label, anyLabel, disabled }: TOwnerSelectProps) {
  const { t } = useTranslation();
  return (
    <Select
      label={label ?? t("portal.fields.owner")}
      data={owners.map((owner) => ({ value: toOwnerValue(owner.unitKey), label: owner.name }))}
      value={value || null}
      onChange={(next) => onChange(next ?? "")}
      placeholder={anyLabel}
      clearable={anyLabel !== undefined}
      clearButtonProps={{ "aria-label": t("portal.form.clear") }}
      error={error}
      disabled={disabled}
      allowDeselect={anyLabel !== undefined}
    />
  );
}
