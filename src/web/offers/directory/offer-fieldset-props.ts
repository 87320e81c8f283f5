import type { TOfferFormValues } from "./offer-form-values.js";
import type { TOfferLabels } from "./offer-labels.js";

/**
 * Changes one field of the offer form. The field's messages go away with the change: only
 * `clearedError` when given (one input of a text row), else the field's and all below it.
 */
export type TChangeOfferField = <TKey extends keyof TOfferFormValues>(
  field: TKey,
  value: TOfferFormValues[TKey],
  clearedError?: string,
) => void;

/** What every section of the offer form gets. */
export type TOfferFieldsetProps = {
  values: TOfferFormValues;
  errors: Partial<Record<string, string>>;
  onChange: TChangeOfferField;
  labels: TOfferLabels;
};

/** The value of a closed list a Mantine select gave, or the fallback for anything else. */
export function pickOption<TValue extends string, TFallback>(
  options: readonly TValue[],
  value: string | null,
  fallback: TFallback,
): TValue | TFallback {
  return options.find((option) => option === value) ?? fallback;
}

export function pickOptions<TValue extends string>(options: readonly TValue[], values: readonly string[]): TValue[] {
  return options.filter((option) => values.includes(option));
}
