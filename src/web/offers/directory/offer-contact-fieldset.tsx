import { Fieldset, SimpleGrid } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createOfferInputs } from "./offer-inputs.js";

/** Whom participants and caseworkers ask about the offer. */
export function OfferContactFieldset(props: TOfferFieldsetProps) {
  const { t } = useTranslation();
  const input = createOfferInputs(props);
  return (
    <Fieldset legend={t("offers.directory.form.sections.contact")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {input.text("contactName")}
        {input.text("contactPhone", { type: "tel" })}
        {input.text("contactEmail", { type: "email" })}
        {input.text("contactUrl", { type: "url" })}
      </SimpleGrid>
    </Fieldset>
  );
}
