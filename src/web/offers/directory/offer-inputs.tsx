import { Checkbox, NumberInput, TextInput } from "@mantine/core";
import type { TOfferFieldsetProps } from "./offer-fieldset-props.js";
import type { TOfferFormValues } from "./offer-form-values.js";

type TFieldOfType<TValue> = {
  [TKey in keyof TOfferFormValues]: TOfferFormValues[TKey] extends TValue ? TKey : never;
}[keyof TOfferFormValues];

type TTextInputOptions = { type?: "text" | "date" | "time" | "email" | "tel" | "url"; description?: string };
type TNumberInputOptions = { min?: number; max?: number; decimalScale?: number; description?: string };

/** Inputs bound to one form field each: value, change, message and label from the fieldset's props. */
export function createOfferInputs({ values, errors, onChange, labels }: TOfferFieldsetProps) {
  return {
    text: (field: TFieldOfType<string> & keyof typeof labels.fields, options: TTextInputOptions = {}) => (
      <TextInput
        type={options.type ?? "text"}
        label={labels.fields[field]}
        description={options.description}
        value={values[field]}
        onChange={(event) => onChange(field, event.currentTarget.value)}
        error={errors[field]}
        autoComplete="off"
      />
    ),
    number: (field: TFieldOfType<number | string> & keyof typeof labels.fields, options: TNumberInputOptions = {}) => (
      <NumberInput
        label={labels.fields[field]}
        description={options.description}
        value={values[field]}
        onChange={(value) => onChange(field, value)}
        error={errors[field]}
        min={options.min}
        max={options.max}
        decimalScale={options.decimalScale ?? 0}
        allowDecimal={(options.decimalScale ?? 0) > 0}
      />
    ),
    checkbox: (field: TFieldOfType<boolean> & keyof typeof labels.fields) => (
      <Checkbox
        label={labels.fields[field]}
        checked={values[field]}
        onChange={(event) => onChange(field, event.currentTarget.checked)}
        error={errors[field]}
      />
    ),
  };
}
