import { Checkbox, Fieldset, Group, Select, SimpleGrid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { offerScheduleKinds, offerTimeSlots, weekdays } from "../../../common/offers/offer.js";
import { pickOption, pickOptions, type TOfferFieldsetProps } from "./offer-fieldset-props.js";
import { createOfferInputs } from "./offer-inputs.js";

/** When the offer runs: how (ongoing, once, weekly, by appointment), dates, weekdays, parts of the day, times, validity. */
export function OfferScheduleFieldset(props: TOfferFieldsetProps) {
  const { values, errors, onChange, labels } = props;
  const { t } = useTranslation();
  const input = createOfferInputs(props);
  return (
    <Fieldset legend={t("offers.directory.form.sections.schedule")}>
      <Stack gap="sm">
        <Select
          label={labels.fields.scheduleKind}
          data={offerScheduleKinds.map((value) => ({ value, label: labels.scheduleKinds[value] }))}
          value={values.scheduleKind}
          onChange={(value) => onChange("scheduleKind", pickOption(offerScheduleKinds, value, "ongoing"))}
          error={errors.scheduleKind}
          allowDeselect={false}
          maw={320}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input.text("startsOn", { type: "date" })}
          {input.text("endsOn", { type: "date" })}
        </SimpleGrid>
        <Checkbox.Group
          label={labels.fields.weekdays}
          value={values.weekdays}
          onChange={(value) => onChange("weekdays", pickOptions(weekdays, value))}
          error={errors.weekdays}
        >
          <Group gap="md" mt="xs">
            {weekdays.map((day) => (
              <Checkbox key={day} value={day} label={labels.weekdays[day]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Checkbox.Group
          label={labels.fields.timeSlots}
          value={values.timeSlots}
          onChange={(value) => onChange("timeSlots", pickOptions(offerTimeSlots, value))}
          error={errors.timeSlots}
        >
          <Group gap="md" mt="xs">
            {offerTimeSlots.map((slot) => (
              <Checkbox key={slot} value={slot} label={labels.timeSlots[slot]} />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {input.text("startTime", { type: "time" })}
          {input.text("endTime", { type: "time" })}
          {input.text("validFrom", { type: "date", description: t("offers.directory.form.validityHint") })}
          {input.text("validUntil", { type: "date", description: t("offers.directory.form.validityHint") })}
        </SimpleGrid>
      </Stack>
    </Fieldset>
  );
}
