import { Fieldset, MultiSelect, Select, SimpleGrid } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { cefrLevels, offerGenderTargets } from "../../../common/offers/offer.js";
import { residenceCategoriesQuery } from "../../platform/reference-data/reference-queries.js";
import { pickOption, type TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createOfferInputs } from "./offer-inputs.js";

/** Whom the offer is for: age range, residence categories (none: everyone), gender, the German level needed. */
export function OfferAudienceFieldset(props: TOfferFieldsetProps) {
  const { values, errors, onChange, labels } = props;
  const { t } = useTranslation();
  const categories = useQuery(residenceCategoriesQuery);
  const input = createOfferInputs(props);
  return (
    <Fieldset legend={t("offers.directory.form.sections.audience")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input.number("ageMin", { min: 0, max: 120 })}
        {input.number("ageMax", { min: 0, max: 120 })}
        <MultiSelect
          label={labels.fields.residenceCategories}
          description={t("offers.directory.form.residenceCategoriesHint")}
          data={(categories.data ?? []).map((category) => ({ value: category.code, label: category.nameDe }))}
          value={values.residenceCategories}
          onChange={(value) => onChange("residenceCategories", value)}
          error={errors.residenceCategories}
          searchable
          hidePickedOptions
          nothingFoundMessage={t("offers.directory.form.nothingFound")}
        />
        <Select
          label={labels.fields.genderTarget}
          data={offerGenderTargets.map((value) => ({ value, label: labels.genderTargets[value] }))}
          value={values.genderTarget}
          onChange={(value) => onChange("genderTarget", pickOption(offerGenderTargets, value, "any"))}
          error={errors.genderTarget}
          allowDeselect={false}
        />
        <Select
          label={labels.fields.minGermanLevel}
          data={cefrLevels.map((level) => ({ value: level, label: level }))}
          value={values.minGermanLevel || null}
          onChange={(value) => onChange("minGermanLevel", pickOption(cefrLevels, value, ""))}
          error={errors.minGermanLevel}
          clearable
          clearButtonProps={{ "aria-label": t("offers.directory.form.clear") }}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
