import { MultiSelect, Select } from "@mantine/core";
import type { TConceptOrganisationOption } from "../../common/steering/concept-organisation-schemas.js";

const toOptions = (organisations: TConceptOrganisationOption[]) =>
  organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }));

type TOrganisationSelectProps = {
  label: string;
  organisations: TConceptOrganisationOption[];
  value: string;
  onChange: (id: string) => void;
  error: string | undefined;
};

/** One of the district's organisations, or none. */
export function ConceptOrganisationSelect({ label, organisations, value, onChange, error }: TOrganisationSelectProps) {
  return (
    <Select
      label={label}
      data={toOptions(organisations)}
      value={value === "" ? null : value}
      onChange={(id) => onChange(id ?? "")}
      error={error}
      searchable
      clearable
    />
  );
}

type TOrganisationsSelectProps = Omit<TOrganisationSelectProps, "value" | "onChange"> & {
  value: string[];
  onChange: (ids: string[]) => void;
};

/** Several of the district's organisations, in the order chosen. */
export function ConceptOrganisationsSelect({
  label,
  organisations,
  value,
  onChange,
  error,
}: TOrganisationsSelectProps) {
  return (
    <MultiSelect
      label={label}
      data={toOptions(organisations)}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      clearable
    />
  );
}
