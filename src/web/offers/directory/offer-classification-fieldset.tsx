import { Fieldset, MultiSelect, Select, SimpleGrid } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { cefrLevels, offerCategories } from "../../../common/offers/offer.js";
import { languageOptions } from "../../arrival/iso-options.js";
import { courseTypesQuery, fieldsOfActionQuery } from "../../platform/reference-data/reference-queries.js";
import { pickOption, type TOfferFieldsetProps } from "./offer-fieldset-props.js";

const levelOptions = cefrLevels.map((level) => ({ value: level, label: level }));

/** What kind of offer: category (a language course with its BAMF course type and levels), fields of action, languages. */
export function OfferClassificationFieldset({ values, errors, onChange, labels }: TOfferFieldsetProps) {
  const { t, i18n } = useTranslation();
  const fieldsOfAction = useQuery(fieldsOfActionQuery);
  const courseTypes = useQuery(courseTypesQuery);
  const uiLanguage = i18n.resolvedLanguage ?? "de";
  const isLanguageCourse = values.category === "language_course";
  return (
    <Fieldset legend={t("offers.directory.form.sections.classification")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={labels.fields.category}
          data={offerCategories.map((value) => ({ value, label: labels.categories[value] }))}
          value={values.category || null}
          onChange={(value) => onChange("category", pickOption(offerCategories, value, ""))}
          error={errors.category}
          required
        />
        <MultiSelect
          label={labels.fields.fieldsOfAction}
          data={(fieldsOfAction.data ?? []).map((field) => ({
            value: field.code,
            label: uiLanguage === "en" ? field.nameEn : field.nameDe,
          }))}
          value={values.fieldsOfAction}
          onChange={(value) => onChange("fieldsOfAction", value)}
          error={errors.fieldsOfAction}
          required
          searchable
          hidePickedOptions
          nothingFoundMessage={t("offers.directory.form.nothingFound")}
        />
        {isLanguageCourse ? (
          <>
            <Select
              label={labels.fields.courseType}
              data={(courseTypes.data ?? []).map((courseType) => ({
                value: courseType.code,
                label: courseType.nameDe,
              }))}
              value={values.courseType || null}
              onChange={(value) => onChange("courseType", value ?? "")}
              error={errors.courseType}
              searchable
              clearable
              clearButtonProps={{ "aria-label": t("offers.directory.form.clear") }}
              nothingFoundMessage={t("offers.directory.form.nothingFound")}
            />
            <SimpleGrid cols={2}>
              <Select
                label={labels.fields.cefrFrom}
                data={levelOptions}
                value={values.cefrFrom || null}
                onChange={(value) => onChange("cefrFrom", pickOption(cefrLevels, value, ""))}
                error={errors.cefrFrom}
                clearable
                clearButtonProps={{ "aria-label": t("offers.directory.form.clear") }}
              />
              <Select
                label={labels.fields.cefrTo}
                data={levelOptions}
                value={values.cefrTo || null}
                onChange={(value) => onChange("cefrTo", pickOption(cefrLevels, value, ""))}
                error={errors.cefrTo}
                clearable
                clearButtonProps={{ "aria-label": t("offers.directory.form.clear") }}
              />
            </SimpleGrid>
          </>
        ) : null}
        <MultiSelect
          label={labels.fields.languages}
          description={t("offers.directory.form.languagesHint")}
          data={languageOptions(uiLanguage)}
          value={values.languages}
          onChange={(value) => onChange("languages", value)}
          error={errors.languages}
          required
          searchable
          hidePickedOptions
          nothingFoundMessage={t("offers.directory.form.nothingFound")}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
