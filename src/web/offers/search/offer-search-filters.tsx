import { Checkbox, Fieldset, Group, NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { offerCategories } from "../../../common/offers/offer.js";
import { languageOptions } from "../../arrival/iso-options.js";
import { currentLanguage } from "../../i18n/i18n.js";
import {
  fieldsOfActionQuery,
  municipalitiesQuery,
  residenceCategoriesQuery,
} from "../../platform/reference-data/reference-queries.js";
import { useOfferSearchLabels } from "./offer-search-labels.js";

/** The filters of the search page; each undefined value means "any". */
export type TOfferSearchFilters = {
  category?: (typeof offerCategories)[number];
  fieldOfAction?: string;
  municipality?: string;
  near?: string;
  maxDistanceKm?: number;
  language?: string;
  age?: number;
  residenceCategory?: string;
  gender?: "female" | "male";
  barrierFree?: "true";
  childcare?: "true";
  hasFreePlaces?: "true";
  startsBefore?: string;
};

type TOfferSearchFiltersProps = { filters: TOfferSearchFilters; onChange: (filters: TOfferSearchFilters) => void };

const orUndefined = (value: string | null) => (value === null || value === "" ? undefined : value);
const distanceOptions = [5, 10, 25, 50];

/** What, where and for whom — grouped in fieldsets so a screen reader hears the group with each control. */
export function OfferSearchFilters({ filters, onChange }: TOfferSearchFiltersProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const labels = useOfferSearchLabels();
  const fields = useQuery(fieldsOfActionQuery);
  const municipalities = useQuery(municipalitiesQuery);
  const residenceCategories = useQuery(residenceCategoriesQuery);
  const municipalityOptions = (municipalities.data ?? []).map((entry) => ({ value: entry.ags, label: entry.name }));
  const change = (next: Partial<TOfferSearchFilters>) => onChange({ ...filters, ...next });
  const flag = (name: "barrierFree" | "childcare" | "hasFreePlaces", label: string) => (
    <Checkbox
      label={label}
      checked={filters[name] === "true"}
      onChange={(event) => change({ [name]: event.currentTarget.checked ? "true" : undefined })}
    />
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} mb="md">
      <Fieldset legend={t("offers.search.filters.what")} variant="filled">
        <Select
          label={t("offers.search.filters.category")}
          placeholder={t("offers.search.filters.any")}
          data={offerCategories.map((value) => ({ value, label: labels.categories[value] }))}
          value={filters.category ?? null}
          onChange={(value) => change({ category: offerCategories.find((category) => category === value) })}
          clearable
        />
        <Select
          label={t("offers.search.filters.fieldOfAction")}
          placeholder={t("offers.search.filters.any")}
          data={(fields.data ?? []).map((entry) => ({
            value: entry.code,
            label: language === "de" ? entry.nameDe : entry.nameEn,
          }))}
          value={filters.fieldOfAction ?? null}
          onChange={(value) => change({ fieldOfAction: orUndefined(value) })}
          clearable
          mt="xs"
        />
        <Select
          label={t("offers.search.filters.language")}
          placeholder={t("offers.search.filters.any")}
          data={languageOptions(language)}
          value={filters.language ?? null}
          onChange={(value) => change({ language: orUndefined(value) })}
          searchable
          clearable
          mt="xs"
        />
        <TextInput
          type="date"
          label={t("offers.search.filters.startsBefore")}
          value={filters.startsBefore ?? ""}
          onChange={(event) => change({ startsBefore: orUndefined(event.currentTarget.value) })}
          mt="xs"
        />
      </Fieldset>
      <Fieldset legend={t("offers.search.filters.where")} variant="filled">
        <Select
          label={t("offers.search.filters.municipality")}
          placeholder={t("offers.search.filters.anyMunicipality")}
          data={municipalityOptions}
          value={filters.municipality ?? null}
          onChange={(value) => change({ municipality: orUndefined(value) })}
          searchable
          clearable
        />
        <Select
          label={t("offers.search.filters.near")}
          placeholder={t("offers.search.filters.noPlace")}
          data={municipalityOptions}
          value={filters.near ?? null}
          onChange={(value) =>
            change({ near: orUndefined(value), maxDistanceKm: value ? filters.maxDistanceKm : undefined })
          }
          searchable
          clearable
          mt="xs"
        />
        <Select
          label={t("offers.search.filters.maxDistance")}
          placeholder={t("offers.search.filters.anyDistance")}
          data={distanceOptions.map((km) => ({ value: String(km), label: t("offers.search.km", { km }) }))}
          value={filters.maxDistanceKm === undefined ? null : String(filters.maxDistanceKm)}
          onChange={(value) => change({ maxDistanceKm: value ? Number(value) : undefined })}
          disabled={filters.near === undefined}
          clearable
          mt="xs"
        />
      </Fieldset>
      <Fieldset legend={t("offers.search.filters.forWhom")} variant="filled">
        <Group grow align="flex-start">
          <NumberInput
            label={t("offers.search.filters.age")}
            min={0}
            max={120}
            allowDecimal={false}
            value={filters.age ?? ""}
            onChange={(value) => change({ age: typeof value === "number" ? value : undefined })}
          />
          <Select
            label={t("offers.search.filters.gender")}
            placeholder={t("offers.search.filters.any")}
            data={(["female", "male"] as const).map((value) => ({ value, label: labels.genders[value] }))}
            value={filters.gender ?? null}
            onChange={(value) => change({ gender: value === "female" || value === "male" ? value : undefined })}
            clearable
          />
        </Group>
        <Select
          label={t("offers.search.filters.residenceCategory")}
          placeholder={t("offers.search.filters.any")}
          data={(residenceCategories.data ?? []).map((entry) => ({ value: entry.code, label: entry.nameDe }))}
          value={filters.residenceCategory ?? null}
          onChange={(value) => change({ residenceCategory: orUndefined(value) })}
          clearable
          mt="xs"
        />
        <Group mt="sm" gap="md">
          {flag("barrierFree", t("offers.search.filters.barrierFree"))}
          {flag("childcare", t("offers.search.filters.childcare"))}
          {flag("hasFreePlaces", t("offers.search.filters.hasFreePlaces"))}
        </Group>
      </Fieldset>
    </SimpleGrid>
  );
}
