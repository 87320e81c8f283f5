import { Group, Select, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { personStatuses, type TPersonStatus } from "../../common/arrival/person.js";
import { currentLanguage } from "../i18n/i18n.js";
import { languageOptions, nationalityOptions } from "./iso-options.js";

/** The list filters beyond name and municipality; each empty value means "any". */
export type TPersonListFilters = {
  nationality?: string;
  language?: string;
  status?: TPersonStatus;
  arrivedFrom?: string;
  arrivedUntil?: string;
};

type TPersonListFiltersProps = { filters: TPersonListFilters; onChange: (filters: TPersonListFilters) => void };

const orUndefined = (value: string | null) => (value === null || value === "" ? undefined : value);

/** Nationality, language, status and arrival period, as the district's lists are asked for. */
export function PersonListFilters({ filters, onChange }: TPersonListFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const change = (next: Partial<TPersonListFilters>) => onChange({ ...filters, ...next });
  return (
    <Group align="flex-end" gap="sm" mb="md" wrap="wrap">
      <Select
        label={t("arrival.list.filters.nationality")}
        placeholder={t("arrival.list.filters.any")}
        data={nationalityOptions(language)}
        value={filters.nationality ?? null}
        onChange={(value) => change({ nationality: orUndefined(value) })}
        searchable
        clearable
        w={220}
      />
      <Select
        label={t("arrival.list.filters.language")}
        placeholder={t("arrival.list.filters.any")}
        data={languageOptions(language)}
        value={filters.language ?? null}
        onChange={(value) => change({ language: orUndefined(value) })}
        searchable
        clearable
        w={220}
      />
      <Select
        label={t("arrival.list.filters.status")}
        placeholder={t("arrival.list.filters.any")}
        data={personStatuses.map((value) => ({ value, label: t(`arrival.list.filters.statuses.${value}`) }))}
        value={filters.status ?? null}
        onChange={(value) => change({ status: personStatuses.find((status) => status === value) })}
        clearable
        w={200}
      />
      <TextInput
        type="date"
        label={t("arrival.list.filters.arrivedFrom")}
        value={filters.arrivedFrom ?? ""}
        onChange={(event) => change({ arrivedFrom: orUndefined(event.currentTarget.value) })}
      />
      <TextInput
        type="date"
        label={t("arrival.list.filters.arrivedUntil")}
        value={filters.arrivedUntil ?? ""}
        onChange={(event) => change({ arrivedUntil: orUndefined(event.currentTarget.value) })}
      />
    </Group>
  );
}
