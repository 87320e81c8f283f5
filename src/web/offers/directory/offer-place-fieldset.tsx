import { Fieldset, Select, SimpleGrid, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { municipalitiesQuery } from "../../platform/reference-data/reference-queries.js";
import type { TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createOfferInputs } from "./offer-inputs.js";

/** Where the offer takes place: a municipality (required unless online), the address and coordinates for distances. */
export function OfferPlaceFieldset(props: TOfferFieldsetProps) {
  const { values, errors, onChange, labels } = props;
  const { t } = useTranslation();
  const municipalities = useQuery(municipalitiesQuery);
  const input = createOfferInputs(props);
  return (
    <Fieldset legend={t("offers.directory.form.sections.place")}>
      <Stack gap="sm">
        {input.checkbox("isOnline")}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={labels.fields.municipalityAgs}
            data={(municipalities.data ?? []).map((municipality) => ({
              value: municipality.ags,
              label: municipality.name,
            }))}
            value={values.municipalityAgs || null}
            onChange={(value) => onChange("municipalityAgs", value ?? "")}
            error={errors.municipalityAgs}
            required={!values.isOnline}
            searchable
            clearable
            clearButtonProps={{ "aria-label": t("offers.directory.form.clear") }}
            nothingFoundMessage={t("offers.directory.form.nothingFound")}
          />
          {input.text("street")}
          {input.text("postalCode")}
          {input.text("city")}
          {input.number("latitude", { min: -90, max: 90, decimalScale: 6 })}
          {input.number("longitude", { min: -180, max: 180, decimalScale: 6 })}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
