import { Fieldset, Select, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { offerCostKinds } from "../../../common/offers/offer.js";
import { pickOption, type TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createOfferInputs } from "./offer-inputs.js";

/** Places, cost (an amount for a fee or a reduced fee), childcare and barrier-free access. */
export function OfferTermsFieldset(props: TOfferFieldsetProps) {
  const { values, errors, onChange, labels } = props;
  const { t } = useTranslation();
  const input = createOfferInputs(props);
  const hasAmount = values.costKind === "fee" || values.costKind === "reduced";
  return (
    <Fieldset legend={t("offers.directory.form.sections.terms")}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input.number("capacity", { min: 0 })}
          {input.number("freePlaces", { min: 0, description: t("offers.directory.form.freePlacesHint") })}
          <Select
            label={labels.fields.costKind}
            data={offerCostKinds.map((value) => ({ value, label: labels.costKinds[value] }))}
            value={values.costKind}
            onChange={(value) => onChange("costKind", pickOption(offerCostKinds, value, "free"))}
            error={errors.costKind}
            allowDeselect={false}
          />
          {hasAmount ? input.number("costAmountEur", { min: 0, decimalScale: 2 }) : null}
        </SimpleGrid>
        {input.checkbox("hasChildcare")}
        {input.checkbox("isBarrierFree")}
      </Stack>
    </Fieldset>
  );
}
