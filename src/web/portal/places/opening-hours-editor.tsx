import { Button, Fieldset, Group, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { type TWeekday, weekdays } from "../../../common/portal/place.js";
import { createSlot, slotsOfWeekday, type TSlotValues } from "./place-form-values.js";
import type { TPlaceLabels } from "./place-labels.js";

type TOpeningHoursEditorProps = {
  slots: TSlotValues[];
  errors: Partial<Record<string, string>>;
  labels: TPlaceLabels;
  onChange: (slots: TSlotValues[]) => void;
};

/**
 * Weekly opening hours: per weekday a group of time ranges, each with opening and closing time
 * and a remove button. A new range takes the focus; a removed one hands it to the day's add button.
 */
export function OpeningHoursEditor({ slots, errors, labels, onChange }: TOpeningHoursEditorProps) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    containerRef.current?.querySelector<HTMLElement>(`[data-focus-target="${focusTarget}"]`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function add(weekday: TWeekday) {
    const slot = createSlot(weekday);
    onChange([...slots, slot]);
    setFocusTarget(slot.key);
  }

  function remove(key: string, weekday: TWeekday) {
    onChange(slots.filter((slot) => slot.key !== key));
    setFocusTarget(`add-${weekday}`);
  }

  function update(key: string, part: "opens" | "closes", value: string) {
    onChange(slots.map((slot) => (slot.key === key ? { ...slot, [part]: value } : slot)));
  }

  return (
    <Stack gap="sm" ref={containerRef}>
      {weekdays.map((weekday) => {
        const day = labels.weekdays[weekday];
        const rows = slotsOfWeekday(slots, weekday);
        return (
          <Fieldset key={weekday} legend={day} variant="filled">
            <Stack gap="xs">
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t("portal.places.hours.closed")}
                </Text>
              ) : null}
              {rows.map(({ slot, index }, position) => {
                const range = t("portal.places.hours.range", { day, number: position + 1 });
                return (
                  <Group key={slot.key} align="flex-start" role="group" aria-label={range}>
                    <TextInput
                      type="time"
                      label={labels.fields.opens}
                      value={slot.opens}
                      onChange={(event) => update(slot.key, "opens", event.currentTarget.value)}
                      error={errors[`openingHours.${index}.opens`] ?? errors[`openingHours.${index}.weekday`]}
                      data-focus-target={slot.key}
                    />
                    <TextInput
                      type="time"
                      label={labels.fields.closes}
                      value={slot.closes}
                      onChange={(event) => update(slot.key, "closes", event.currentTarget.value)}
                      error={errors[`openingHours.${index}.closes`]}
                    />
                    <Button
                      variant="outline"
                      color="red.9"
                      mt={25}
                      aria-label={t("portal.places.hours.removeLabel", { range })}
                      onClick={() => remove(slot.key, weekday)}
                    >
                      {t("portal.places.hours.remove")}
                    </Button>
                  </Group>
                );
              })}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  data-focus-target={`add-${weekday}`}
                  aria-label={t("portal.places.hours.addLabel", { day })}
                  onClick={() => add(weekday)}
                >
                  {t("portal.places.hours.add")}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
