import {
  Button,
  Checkbox,
  Code,
  Fieldset,
  Group,
  NumberInput,
  Radio,
  Select,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { recurrenceWeekdays, type TRecurrenceWeekday } from "../../../common/portal/recurrence-rule.js";
import {
  buildRecurrenceRule,
  monthlyOrdinals,
  noRecurrence,
  recurrenceEnds,
  recurrenceFrequencies,
  type TMonthlyOrdinal,
  type TRecurrenceValues,
} from "./recurrence-builder.js";

type TRecurrenceFieldsetProps = {
  values: TRecurrenceValues;
  error?: string;
  onChange: (values: TRecurrenceValues) => void;
};

/** Repeats: frequency, interval, weekdays or the monthly weekday, and the end; the RRULE it makes is shown. */
export function RecurrenceFieldset({ values, error, onChange }: TRecurrenceFieldsetProps) {
  const { t } = useTranslation();
  const weekdayNames: Record<TRecurrenceWeekday, string> = {
    MO: t("portal.weekdays.monday"),
    TU: t("portal.weekdays.tuesday"),
    WE: t("portal.weekdays.wednesday"),
    TH: t("portal.weekdays.thursday"),
    FR: t("portal.weekdays.friday"),
    SA: t("portal.weekdays.saturday"),
    SU: t("portal.weekdays.sunday"),
  };
  const frequencyNames = {
    NONE: t("portal.events.recurrence.none"),
    DAILY: t("portal.events.recurrence.daily"),
    WEEKLY: t("portal.events.recurrence.weekly"),
    MONTHLY: t("portal.events.recurrence.monthly"),
  };
  const ordinalNames: Record<TMonthlyOrdinal, string> = {
    "1": t("portal.events.recurrence.ordinals.first"),
    "2": t("portal.events.recurrence.ordinals.second"),
    "3": t("portal.events.recurrence.ordinals.third"),
    "4": t("portal.events.recurrence.ordinals.fourth"),
    "-1": t("portal.events.recurrence.ordinals.last"),
  };
  const endNames = {
    never: t("portal.events.recurrence.ends.never"),
    count: t("portal.events.recurrence.ends.count"),
    until: t("portal.events.recurrence.ends.until"),
  };
  const change = (patch: Partial<TRecurrenceValues>) => onChange({ ...values, ...patch });
  const rule = buildRecurrenceRule(values);

  if (values.customRule !== null) {
    return (
      <Fieldset legend={t("portal.events.recurrence.legend")}>
        <Stack gap="sm">
          <TextInput
            label={t("portal.events.recurrence.customRule")}
            description={t("portal.events.recurrence.customHint")}
            value={values.customRule}
            onChange={(event) => change({ customRule: event.currentTarget.value })}
            error={error}
            dir="ltr"
          />
          <Group>
            <Button variant="light" size="xs" onClick={() => onChange(noRecurrence)}>
              {t("portal.events.recurrence.useBuilder")}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    );
  }

  return (
    <Fieldset legend={t("portal.events.recurrence.legend")}>
      <Stack gap="sm">
        <Group align="flex-end">
          <Select
            label={t("portal.events.recurrence.frequency")}
            data={recurrenceFrequencies.map((value) => ({ value, label: frequencyNames[value] }))}
            value={values.frequency}
            onChange={(value) =>
              change({ frequency: recurrenceFrequencies.find((entry) => entry === value) ?? "NONE" })
            }
            allowDeselect={false}
            error={error}
          />
          {values.frequency === "NONE" ? null : (
            <NumberInput
              label={t("portal.events.recurrence.interval")}
              description={t("portal.events.recurrence.intervalHint")}
              value={values.interval}
              onChange={(value) => change({ interval: value })}
              min={1}
              max={99}
              allowDecimal={false}
              w={160}
            />
          )}
        </Group>
        {values.frequency === "WEEKLY" ? (
          <Checkbox.Group
            label={t("portal.events.recurrence.weekdays")}
            description={t("portal.events.recurrence.weekdaysHint")}
            value={values.weekdays}
            onChange={(selected) =>
              change({ weekdays: recurrenceWeekdays.filter((weekday) => selected.includes(weekday)) })
            }
          >
            <Group mt="xs">
              {recurrenceWeekdays.map((weekday) => (
                <Checkbox key={weekday} value={weekday} label={weekdayNames[weekday]} />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        {values.frequency === "MONTHLY" ? (
          <Radio.Group
            label={t("portal.events.recurrence.monthlyMode")}
            value={values.monthlyMode}
            onChange={(mode) => change({ monthlyMode: mode === "weekday" ? "weekday" : "same_day" })}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="same_day" label={t("portal.events.recurrence.sameDay")} />
              <Radio value="weekday" label={t("portal.events.recurrence.ordinalWeekday")} />
            </Stack>
          </Radio.Group>
        ) : null}
        {values.frequency === "MONTHLY" && values.monthlyMode === "weekday" ? (
          <Group>
            <Select
              label={t("portal.events.recurrence.ordinal")}
              data={monthlyOrdinals.map((value) => ({ value, label: ordinalNames[value] }))}
              value={values.ordinal}
              onChange={(value) => change({ ordinal: monthlyOrdinals.find((entry) => entry === value) ?? "1" })}
              allowDeselect={false}
            />
            <Select
              label={t("portal.events.recurrence.ordinalDay")}
              data={recurrenceWeekdays.map((value) => ({ value, label: weekdayNames[value] }))}
              value={values.ordinalWeekday}
              onChange={(value) =>
                change({ ordinalWeekday: recurrenceWeekdays.find((entry) => entry === value) ?? "MO" })
              }
              allowDeselect={false}
            />
          </Group>
        ) : null}
        {values.frequency === "NONE" ? null : (
          <Group align="flex-end">
            <Select
              label={t("portal.events.recurrence.end")}
              data={recurrenceEnds.map((value) => ({ value, label: endNames[value] }))}
              value={values.end}
              onChange={(value) => change({ end: recurrenceEnds.find((entry) => entry === value) ?? "never" })}
              allowDeselect={false}
            />
            {values.end === "count" ? (
              <NumberInput
                label={t("portal.events.recurrence.count")}
                value={values.count}
                onChange={(value) => change({ count: value })}
                min={1}
                max={1000}
                allowDecimal={false}
                w={160}
              />
            ) : null}
            {values.end === "until" ? (
              <TextInput
                type="date"
                label={t("portal.events.recurrence.until")}
                value={values.until}
                onChange={(event) => change({ until: event.currentTarget.value })}
              />
            ) : null}
          </Group>
        )}
        {rule === null ? null : (
          <Text size="sm">
            {t("portal.events.recurrence.rule")} <Code>{rule}</Code>
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
